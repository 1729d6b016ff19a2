import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORT_BODY_BYTES } from '../plugins/annual-report/shared';
import { DECODED_TYPES, JSON_TYPES } from '../input-guard/body-types';
import { watchUtf8 } from '../input-guard/utf8-watch';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A request body's bytes, before a parser reads them. A JSON body larger than a report at every
 * limit is refused unread, with a 413 that says the limit (the parsers' own say only "request
 * entity too large"). A body the parsers decode as text is watched as they read it, for bytes that
 * are not UTF-8 (the input guard refuses it once parsed): the parsers would store them as U+FFFD.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const length = ctx.request.length;
  if (length !== undefined && length > REPORT_BODY_BYTES && ctx.is(JSON_TYPES)) {
    throw new errors.PayloadTooLargeError(
      `The request body is ${megabytes(length)}; a report at every size limit takes at most ${megabytes(REPORT_BODY_BYTES)} (${REPORT_BODY_BYTES} bytes)`,
      { limit: REPORT_BODY_BYTES, length },
    );
  }
  if (ctx.is(DECODED_TYPES)) watchUtf8(ctx.req, REPORT_BODY_BYTES);
  return next();
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORT_BODY_BYTES } from '../plugins/annual-report/shared';
import { JSON_TYPES } from '../input-guard/body-types';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A JSON body larger than a report at every limit is refused before it is read, with a 413 that
 * says the limit (the parsers' own say only "request entity too large").
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const length = ctx.request.length;
  if (length !== undefined && length > REPORT_BODY_BYTES && ctx.is(JSON_TYPES)) {
    throw new errors.PayloadTooLargeError(
      `The request body is ${megabytes(length)}; a report at every size limit takes at most ${megabytes(REPORT_BODY_BYTES)} (${REPORT_BODY_BYTES} bytes)`,
      { limit: REPORT_BODY_BYTES, length },
    );
  }
  return next();
};

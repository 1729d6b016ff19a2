import type { Core } from '@strapi/strapi';
import { assertCleanInput, inputError } from '../input-guard/assert-clean-input';
import { decodedPath } from '../input-guard/decoded-path';
import { utf8Verdict } from '../input-guard/utf8-watch';

/**
 * Every request's path, query and parsed body, before any route: a NUL or a lone surrogate is a
 * 500 on PostgreSQL (a path parameter too: `/api/reports/%00`) and a body nested 10,000 levels deep
 * overflows the stack of Strapi's validators, so both are refused with a 400 naming the field; so
 * is a body whose bytes were not UTF-8 (global::body-bytes watched them as the parser read them).
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if ((await utf8Verdict(ctx.req)) === 'invalid') throw inputError(['body'], 'is not valid UTF-8');
  assertCleanInput(decodedPath(ctx.path), ['path']);
  assertCleanInput(ctx.query, ['query']);
  assertCleanInput((ctx.request as { body?: unknown }).body, ['body']);
  await next();
};

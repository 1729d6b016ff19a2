import type { Core } from '@strapi/strapi';
import { assertCleanInput } from '../input-guard/assert-clean-input';
import { decodedPath } from '../input-guard/decoded-path';

/**
 * Every request's path, query and parsed body, before any route: a NUL or a lone surrogate is a
 * 500 on PostgreSQL (a path parameter too: `/api/reports/%00`) and a body nested 10,000 levels deep
 * overflows the stack of Strapi's validators, so both are refused with a 400 naming the field.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  assertCleanInput(decodedPath(ctx.path), ['path']);
  assertCleanInput(ctx.query, ['query']);
  assertCleanInput((ctx.request as { body?: unknown }).body, ['body']);
  await next();
};

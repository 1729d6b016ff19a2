import type { Core } from '@strapi/strapi';
import { isAnonymous } from '../graphql/published-only';

/**
 * Strapi lets any caller ask for `?status=draft`; anonymous visitors get published versions only,
 * also for reports populated through an agency. API tokens and signed-in users keep the choice.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if (isAnonymous(ctx.state)) {
    const query = ctx.query as Record<string, unknown>;
    query.status = 'published';
    delete query.hasPublishedVersion;
    delete query.publicationFilter;
  }
  await next();
};

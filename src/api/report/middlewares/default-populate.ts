import type { Core } from '@strapi/strapi';

export const DEFAULT_POPULATE = {
  agency: {
    fields: ['name', 'level', 'region', 'address', 'postcode', 'phone', 'email', 'website'],
  },
  sections: true,
  tables: true,
} as const;

/**
 * Gives `GET /api/reports(/:id)` the full report when the client asks for no populate of its own,
 * and marks the request: such a read of published reports is served from their stored snapshot.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const query = ctx.query as Record<string, unknown>;
  if (query.populate === undefined) {
    query.populate = DEFAULT_POPULATE;
    ctx.state.fullReport = query.fields === undefined;
  }
  await next();
};

import type { Core, Modules } from '@strapi/strapi';

export const DEFAULT_POPULATE = {
  agency: {
    fields: ['name', 'level', 'region', 'address', 'postcode', 'phone', 'email', 'website'],
  },
  sections: true,
  tables: true,
} satisfies Modules.Documents.Params.Populate.Any<'api::report.report'>;

/**
 * `GET /api/reports(/:id)` without a populate of the client's own is a full read: sections, tables
 * and agency. Without `fields` either, the controller answers it from the stored snapshots and
 * needs no populate at all (validating one costs more than the read); otherwise it is given the
 * default populate here.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const query = ctx.query as Record<string, unknown>;
  if (query.populate === undefined) {
    // The snapshots hold the v5 answer: a client asking for another shape goes the core way.
    if (query.fields === undefined && !ctx.get('Strapi-Response-Format'))
      ctx.state.fullReport = true;
    else query.populate = DEFAULT_POPULATE;
  }
  await next();
};

import type { Core, Modules } from '@strapi/strapi';
import { DEFAULT_POPULATE } from './middlewares/default-populate';
import { reportsTable } from './snapshot-read';

const UID = 'api::report.report';

/**
 * The published report as a reader gets it from `GET /api/reports/:documentId`, stored as JSON
 * text on the published version when it is published (and again when its agency changes), so a
 * read is one indexed row and a page of 25 is 25 strings joined: no populate over component tables.
 */
export const materializeSnapshot = async (strapi: Core.Strapi, documentId: string) => {
  const entity = await strapi.documents(UID).findOne({
    documentId,
    status: 'published',
    populate: DEFAULT_POPULATE,
  });
  if (!entity) return;
  const data = await strapi.contentAPI.sanitize.output(entity, strapi.getModel(UID), {});
  // Written past the query layer, which would stamp a new updatedAt the snapshot does not show.
  const { name, column } = reportsTable(strapi);
  await strapi.db.transaction(({ trx }) =>
    trx(name)
      .where(column('documentId'), documentId)
      .whereNotNull(column('publishedAt'))
      .update({ [column('snapshot')]: JSON.stringify(data) }),
  );
};

/** The published reports of an agency, whose snapshots show its name and contact. */
const agencyReports = async (strapi: Core.Strapi, agencyId: string) => {
  const reports = await strapi.documents(UID).findMany({
    status: 'published',
    filters: { agency: { documentId: agencyId } },
    fields: ['documentId'],
    limit: -1,
  });
  return reports.map((report) => report.documentId);
};

const AGENCY_WRITES = new Set(['update', 'delete']);

const PUBLISHING = new Set(['create', 'update']);

/** After every publication of a report, and every change of an agency, in the same transaction. */
export const snapshotMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as { documentId?: string; status?: string };
    const publishes =
      context.uid === UID &&
      (context.action === 'publish' ||
        (PUBLISHING.has(context.action) && params.status === 'published'));
    const agencyChanges = context.uid === 'api::agency.agency' && AGENCY_WRITES.has(context.action);
    if (!publishes && !agencyChanges) return next();
    // A deleted agency's reports are found before it goes.
    const reports =
      agencyChanges && params.documentId ? await agencyReports(strapi, params.documentId) : [];
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId && publishes) await materializeSnapshot(strapi, documentId);
    for (const report of reports) await materializeSnapshot(strapi, report);
    return result;
  };

import type { Core, Modules } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import type { Finding } from '../../../shared/contracts/checks';
import { getService } from '../plugin-config';
import { parseOr400 } from '../validation/parse-or-400';
import { reportWriteSchema } from '../validation/report-write';
import { applyTemplate } from './apply-template';
import { applyTableTitles } from './table-titles';
import { publicationRefused } from './publication-refused';
import { adminLanguage } from './admin-language';
import { relationTarget } from '../../../shared/contracts/relation-target';
import { lockDraft } from './lock-draft';
import { assertFreshRevision, nextRevision } from './stale-save';
import { errorsLeft } from '../overrides/authorisation';
import { restoring } from '../history/service';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { storedChecks } from '../checks/stored-checks';
import { publicationDate } from './issued-on';

type Middleware = Modules.Documents.Middleware.Middleware;
type Params = { data?: Record<string, unknown>; documentId?: string; status?: string };

const WRITES = new Set(['create', 'update', 'clone']);

/**
 * The one place where report writes are intercepted, whatever the path (Content Manager, REST,
 * GraphQL, Document Service, import). A write is cast and bounded by one schema, a new report gets
 * its template's sections and tables, every table written gets its template's printed title, and
 * the check summary stored with it is the engine's verdict on exactly what is stored; publication
 * with errors is refused. Each runs in one transaction with
 * the draft row locked, so that the checked draft is the one saved or published, even while others
 * save the same report.
 */
export const reportDocumentMiddleware = (strapi: Core.Strapi): Middleware => {
  const loader = () => getService(strapi, 'report-loader');
  const checks = () => getService(strapi, 'checks');
  const acknowledgements = () => getService(strapi, 'acknowledgements');

  /** What the report will be after this write: the stored draft with the new values over it. */
  const afterWrite = async (data: Record<string, unknown>, current: ReportData | null) => {
    const merged = { ...(current ?? {}), ...data } as ReportData;
    const agencyId = relationTarget(data.agency);
    if (agencyId !== undefined) {
      merged.agency = agencyId === null ? null : await loader().loadAgency(agencyId);
    }
    return merged;
  };

  const prepareWrite = async (action: string, params: Params) => {
    let current: ReportData | null = null;
    if (params.documentId) {
      await lockDraft(strapi, params.documentId);
      current = await loader().load(params.documentId, 'draft');
    }
    const input = params.data ?? {};
    if (action === 'update' && params.documentId && current) {
      await assertFreshRevision(strapi, params.documentId, input.revision, current.revision ?? 0);
    }
    const template = getService(strapi, 'templates').forFormat(input.format ?? current?.format);
    const data = parseOr400(reportWriteSchema(template), input);
    if (params.status === 'published') {
      const issuedOn = publicationDate(strapi, data.issuedOn as string, current?.issuedOn);
      if (issuedOn) data.issuedOn = issuedOn;
    }
    if (action === 'create') applyTemplate(template, data);
    applyTableTitles(template, data);
    const report = await afterWrite(data, current);
    // A clone is a new document: last year's report may be the one it was cloned from.
    if (action === 'clone') delete report.documentId;
    const basis = params.status === 'published' ? 'published' : 'draft';
    const findings = await checks().findings(report, basis);
    if (basis === 'published') {
      const refused = publicationRefused(findings, adminLanguage(strapi));
      if (refused) throw refused;
    }
    params.data = {
      ...data,
      revision: nextRevision(action === 'update' ? current?.revision : 0),
      ...storedChecks(await acknowledgements().summarize(params.documentId, findings)),
    };
  };

  /** The published version carries the public verdict, which compares with published years only. */
  const storeDraftChecks = async (documentId: string, findings: Finding[]) =>
    strapi.db.query(REPORT_UID).update({
      where: { documentId, publishedAt: null },
      data: storedChecks(await acknowledgements().summarize(documentId, findings)),
    });

  /**
   * Publishes what the draft holds, with the public verdict; the draft then keeps its own verdict
   * (a draft's, which does not ask what only a publication needs, such as its date).
   */
  const publish = async <T>(documentId: string, next: () => T): Promise<Awaited<T>> => {
    await lockDraft(strapi, documentId);
    const draft = await loader().load(documentId, 'draft');
    if (!draft) return await next();
    const issuedOn = publicationDate(strapi, draft.issuedOn);
    if (issuedOn) {
      // Written on the draft, which Strapi copies into the published version.
      await strapi.db
        .query(REPORT_UID)
        .update({ where: { documentId, publishedAt: null }, data: { issuedOn } });
      draft.issuedOn = issuedOn;
    }
    const findings = await checks().findings(draft, 'published');
    // An audited override (overrides/) lifts the errors it names, for this one publication.
    const refused = publicationRefused(errorsLeft(documentId, findings), adminLanguage(strapi));
    if (refused) throw refused;
    // Strapi copies the draft row, stored verdict included, into the published one.
    await storeDraftChecks(documentId, findings);
    const published = await next();
    await storeDraftChecks(documentId, await checks().findings(draft, 'draft'));
    return published;
  };

  return async (context, next) => {
    if (context.uid !== REPORT_UID) {
      return next();
    }
    const params = context.params as Params;
    if (WRITES.has(context.action)) {
      return strapi.db.transaction(async () => {
        await prepareWrite(context.action, params);
        const written = await next();
        // The version saved, in the same transaction (history/).
        const documentId = (written as { documentId?: string } | null)?.documentId;
        if (documentId)
          await getService(strapi, 'history').record(documentId, restoring.getStore());
        return written;
      });
    }
    if (context.action === 'publish' && params.documentId) {
      const { documentId } = params;
      return strapi.db.transaction(() => publish(documentId, next));
    }
    return next();
  };
};

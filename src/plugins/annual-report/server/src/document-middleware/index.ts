import type { Core, Modules } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import { summarize } from '../../../shared/contracts/checks';
import { getService, pluginConfig } from '../plugin-config';
import { applyTemplate } from './apply-template';
import { publicationRefused } from './publication-refused';
import { relationTarget } from './relation-ref';
import { assertIssuedOn } from './issued-on';

type Middleware = Modules.Documents.Middleware.Middleware;
type Params = { data?: Record<string, unknown>; documentId?: string; status?: string };

/**
 * The one place where report writes are intercepted, whatever the path (Content Manager, REST,
 * GraphQL, Document Service, import): a new report gets its template's sections and tables, every
 * save stores the check summary (a draft always saves), and publication with errors is refused.
 */
export const reportDocumentMiddleware = (strapi: Core.Strapi): Middleware => {
  /** What the report will be after this write: the stored draft with the new values over it. */
  const afterWrite = async (params: Params, current: ReportData | null): Promise<ReportData> => {
    const data = params.data ?? {};
    const merged = { ...(current ?? {}), ...data } as ReportData;
    const agencyId = relationTarget(data.agency);
    if (agencyId !== undefined) {
      merged.agency =
        agencyId === null ? null : await getService(strapi, 'report-loader').loadAgency(agencyId);
    }
    return merged;
  };

  return async (context, next) => {
    if (context.uid !== pluginConfig(strapi).contentType) {
      return next();
    }
    const params = context.params as Params;

    if (context.action === 'create' || context.action === 'update') {
      assertIssuedOn(params.data);
      if (context.action === 'create') applyTemplate(strapi, params);
      const current =
        context.action === 'update' && params.documentId
          ? await getService(strapi, 'report-loader').load(params.documentId, 'draft')
          : null;
      const findings = await getService(strapi, 'checks').findings(
        await afterWrite(params, current),
      );
      if (params.status === 'published') {
        const refused = publicationRefused(findings);
        if (refused) throw refused;
      }
      params.data = { ...params.data, checks: summarize(findings) };
    }

    if (context.action === 'publish' && params.documentId) {
      const draft = await getService(strapi, 'report-loader').load(params.documentId, 'draft');
      const refused =
        draft && publicationRefused(await getService(strapi, 'checks').findings(draft));
      if (refused) throw refused;
    }

    return next();
  };
};

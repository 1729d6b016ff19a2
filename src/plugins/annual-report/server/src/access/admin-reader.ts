import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReportData } from '../../../shared/contracts/report';
import { REPORT_UID } from '../../../shared/contracts/uids';
import type { AdminState } from '../admin-rights';
import { getService } from '../plugin-config';
import type { Status } from '../reports/loader';
import { isDocumentId } from '../validation/document-id';
import type { ReportAction, ReportReader, StoredReport } from './report-reader';

interface PermissionChecker {
  can: Record<ReportAction, (entity?: unknown) => boolean>;
  cannot: Record<ReportAction, (entity?: unknown) => boolean>;
  sanitizedQuery: Record<ReportAction, (query: object) => Promise<{ filters?: object }>>;
}

const notFound = (documentId: unknown) =>
  new errors.NotFoundError(`No report with documentId "${String(documentId).slice(0, 64)}"`);

/**
 * The admin back-end of the read gate: the Content Manager's own permission checker, entity by
 * entity. A role's conditions (admin::is-creator, or the per-agency condition) become a filter of
 * the query that loads the report, as the Content Manager's list applies them, so a conditional
 * rule never passes for a report it does not cover.
 */
export function adminReader(strapi: Core.Strapi, state: AdminState | undefined): ReportReader {
  const userAbility = state?.userAbility;
  if (!userAbility || !state?.user) throw new errors.UnauthorizedError('Sign in as an admin');
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model: REPORT_UID }) as PermissionChecker;
  const loader = getService(strapi, 'report-loader');

  const assert = (action: ReportAction) => {
    if (checker.cannot[action]()) {
      throw new errors.ForbiddenError(`Your role may not ${action} reports`);
    }
  };

  const permitted = async (
    documentId: string,
    status: Status,
    action: ReportAction,
  ): Promise<ReportData | null> => {
    const { filters } = await checker.sanitizedQuery[action]({ filters: { documentId } });
    return loader.loadWhere(filters ?? { documentId }, status);
  };

  return {
    assert,

    async report(documentId, options = {}) {
      const { status = 'draft', action = 'read' } = options;
      if (!isDocumentId(documentId)) throw notFound(documentId);
      assert(action);
      const found = await permitted(documentId, status, action);
      if (found) return found as StoredReport;
      if (await loader.exists(documentId, status)) {
        throw new errors.ForbiddenError(`Your role may not ${action} this report`);
      }
      throw notFound(documentId);
    },

    async readable(documentId, status) {
      return checker.cannot.read() ? null : permitted(documentId, status, 'read');
    },

    async readableIds(documentIds) {
      if (checker.cannot.read() || documentIds.length === 0) return new Set();
      const query = { filters: { documentId: { $in: documentIds } } };
      const { filters } = await checker.sanitizedQuery.read(query);
      return loader.documentIdsWhere(filters ?? query.filters);
    },
  };
}

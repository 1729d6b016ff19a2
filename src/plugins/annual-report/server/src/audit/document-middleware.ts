import type { Core, Modules } from '@strapi/strapi';
import type { AuditAction } from '../../../shared/contracts/audit';
import { AGENCY_UID, REPORT_UID } from '../../../shared/contracts/uids';
import { getService } from '../plugin-config';

const AUDITED: Record<string, Partial<Record<string, AuditAction>>> = {
  [REPORT_UID]: {
    publish: 'report.publish',
    unpublish: 'report.unpublish',
    delete: 'report.delete',
    discardDraft: 'report.discard',
  },
  [AGENCY_UID]: { delete: 'agency.delete' },
};

/**
 * Records publications, unpublications, discarded drafts and deletions of reports and agencies,
 * whatever the path (Content Manager, bulk actions, REST, GraphQL, scripts), once the action
 * succeeded, in its transaction.
 */
export const auditDocuments =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const action = AUDITED[context.uid]?.[context.action];
    const documentId = (context.params as { documentId?: string }).documentId;
    if (!action || !documentId) return next();
    return strapi.db.transaction(async () => {
      const field = context.uid === AGENCY_UID ? 'name' : 'title';
      const before = (await strapi.db
        .query(context.uid)
        .findOne({ where: { documentId }, select: [field] })) as Record<string, string> | null;
      const result = await next();
      await getService(strapi, 'audit').record(action, context.uid, {
        documentId,
        title: before?.[field] ?? null,
      });
      return result;
    });
  };

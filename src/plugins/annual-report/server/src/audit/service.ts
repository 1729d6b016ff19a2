import type { Core } from '@strapi/strapi';
import type { AuditAction, AuditEntry } from '../../../shared/contracts/audit';
import { actorOfRequest } from '../admin-user';

export const AUDIT_UID = 'plugin::annual-report.audit-entry';

export interface AuditQuery {
  action?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

const where = ({ action, from, to }: AuditQuery) => ({
  ...(action ? { action } : {}),
  ...(from || to ? { at: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } } : {}),
});

/** The audit log: written beside each audited action, read by super admins only. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(
    action: AuditAction,
    subject: string,
    record: { documentId?: string | null; title?: string | null; details?: object | null } = {},
  ): Promise<void> {
    const actor = actorOfRequest(strapi);
    await strapi.db.query(AUDIT_UID).create({
      data: {
        action,
        subject,
        recordDocumentId: record.documentId ?? null,
        title: record.title ? String(record.title).slice(0, 255) : null,
        details: record.details ?? null,
        at: new Date(),
        userId: actor.userId,
        actor: actor.name,
      },
    });
  },

  async list(query: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }> {
    const [rows, total] = await Promise.all([
      strapi.db.query(AUDIT_UID).findMany({
        where: where(query),
        orderBy: { id: 'desc' },
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      strapi.db.query(AUDIT_UID).count({ where: where(query) }),
    ]);
    const entries = (
      rows as Array<
        Omit<AuditEntry, 'documentId'> & { recordDocumentId?: string; at: string | Date }
      >
    ).map((row) => ({
      id: row.id,
      action: row.action,
      subject: row.subject,
      documentId: row.recordDocumentId ?? null,
      title: row.title ?? null,
      actor: row.actor ?? '',
      at: new Date(row.at).toISOString(),
      details: row.details ?? null,
    }));
    return { entries, total };
  },
});

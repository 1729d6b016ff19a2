/** What the audit log records (Strapi's audit logs are an Enterprise feature). */
export const AUDITED_ACTIONS = [
  'report.publish',
  'report.unpublish',
  'report.delete',
  'report.discard',
  'report.override',
  'agency.delete',
  'role.create',
  'role.update',
  'role.delete',
  'role.permissions',
  'user.create',
  'user.update',
  'user.delete',
] as const;

export type AuditAction = (typeof AUDITED_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  action: AuditAction;
  /** The model: api::report.report, admin::role, … */
  subject: string;
  documentId: string | null;
  title: string | null;
  actor: string;
  at: string;
  details: Record<string, unknown> | null;
}

/** GET /annual-report/audit (super admins): newest first, a page at a time. */
export declare namespace ListAudit {
  interface Response {
    data: AuditEntry[];
    meta: { pagination: { page: number; pageSize: number; total: number } };
  }
}

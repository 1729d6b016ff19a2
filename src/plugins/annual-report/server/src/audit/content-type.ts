import { pluginTable } from '../plugin-table';

/** One audited action: who did what to which record, and when (see service.ts). */
export default pluginTable(
  'annual_report_audit_entries',
  { singularName: 'audit-entry', pluralName: 'audit-entries', displayName: 'Audit entry' },
  {
    action: { type: 'string', required: true },
    subject: { type: 'string', required: true },
    recordDocumentId: { type: 'string' },
    title: { type: 'string' },
    userId: { type: 'integer' },
    actor: { type: 'string' },
    at: { type: 'datetime', required: true },
    details: { type: 'json' },
  },
);

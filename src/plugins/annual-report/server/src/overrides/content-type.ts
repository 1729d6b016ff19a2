import { pluginTable } from '../plugin-table';

/** One publication over check errors: who, when, which findings, why. */
export default pluginTable(
  'annual_report_check_overrides',
  { singularName: 'check-override', pluralName: 'check-overrides', displayName: 'Check override' },
  {
    reportDocumentId: { type: 'string', required: true },
    reportTitle: { type: 'string' },
    reason: { type: 'text', required: true },
    findings: { type: 'json' },
    userId: { type: 'integer' },
    overriddenBy: { type: 'string' },
    overriddenAt: { type: 'datetime' },
  },
);

import { pluginTable } from '../plugin-table';

/** One 已核实 mark: keyed by the report's documentId and the finding's fingerprint. */
export default pluginTable(
  'annual_report_acknowledgements',
  {
    singularName: 'acknowledgement',
    pluralName: 'acknowledgements',
    displayName: 'Acknowledgement',
  },
  {
    reportDocumentId: { type: 'string', required: true },
    fingerprint: { type: 'string', required: true },
    rule: { type: 'string', required: true },
    note: { type: 'text', required: true },
    userId: { type: 'integer' },
    acknowledgedBy: { type: 'string' },
    acknowledgedAt: { type: 'datetime' },
  },
);

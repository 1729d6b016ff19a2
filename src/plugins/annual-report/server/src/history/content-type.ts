import { pluginTable } from '../plugin-table';

/** One saved version of a report's content, kept apart from the report (see service.ts). */
export default pluginTable(
  'annual_report_versions',
  { singularName: 'version', pluralName: 'versions', displayName: 'Report version' },
  {
    reportDocumentId: { type: 'string', required: true },
    revision: { type: 'integer', required: true },
    content: { type: 'json', required: true },
    userId: { type: 'integer' },
    savedBy: { type: 'string' },
    savedAt: { type: 'datetime' },
    restoredFrom: { type: 'integer' },
  },
);

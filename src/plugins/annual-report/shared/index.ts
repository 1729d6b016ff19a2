/**
 * The plugin's domain code as the app, scripts and benchmarks use it: the shared types and
 * constants, the templates, the rule engine and the labeled document. Everything else of shared/
 * is the plugin's own (dependency-cruiser keeps it so).
 */
export * as Contracts from './contracts';
export type { AgencyData, Blocks, Cells, ReportData, ReportTable } from './contracts/report';
export type { Localized, Template } from './contracts/template';
export { CHECKS_REFRESHED, type ChecksRefreshedEvent } from './contracts/events';
export { mayReadDrafts, type Auth } from './contracts/draft-access';
export {
  AGENCY_FIELD_TEXTS,
  AGENCY_LEVEL_TEXTS,
  REPORT_FIELD_TEXTS,
  SECTION_FIELD_TEXTS,
  STATISTIC_TABLE_FIELD_TEXTS,
  SYSTEM_FIELD_TEXTS,
  type FieldTexts,
} from './contracts/field-texts';
export * from './templates';
export { APPLICATION_COLUMNS } from './templates/cn-common/applications';
export { validate } from './checks/validate';
export { ruleCatalogue } from './checks/rule-catalogue';
export { resolveReport } from './layout/resolve';
export { jsonInputProblem } from './validation/json-input';
export { REPORT_BODY_BYTES } from './contracts/report-limits';

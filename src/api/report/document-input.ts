import type { Modules } from '@strapi/strapi';
import {
  type AgencyData,
  type ReportData,
  type ReportTable,
} from '../../plugins/annual-report/shared';

export type ReportInput = Modules.Documents.Params.Data.Input<'api::report.report'>;
export type AgencyInput = Modules.Documents.Params.Data.Input<'api::agency.agency'>;

/** A plain report (shared/contracts/report) whose agency is given by its documentId. */
export type PlainReport = Omit<ReportData, 'agency'> & { agency?: string };

/*
 * The plain shapes hold `null` for an empty optional field, which Strapi stores as NULL but the
 * generated input types do not admit, and blocks typed as loosely as the plugin reads them
 * (`type: string`). These casts bridge those two differences only: the argument is checked against
 * the plain shape, the result against the Document Service.
 */
export const reportInput = (report: PlainReport) => report as ReportInput;
export const tablesInput = (tables: ReportTable[]) => tables as NonNullable<ReportInput['tables']>;
export const agencyInput = (agency: AgencyData) => agency as AgencyInput;

import type { VersionContent } from '../../../shared/contracts/history';
import { isRecord } from '../../../shared/validation/plain-data';
import { formReport } from '../live-checks/form-report';

/** The form's values as a saved version holds them, to compare with one (the agency aside). */
export function formContent(values: Record<string, unknown>): VersionContent {
  const report = formReport(values, null);
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    title: text(report.title),
    year: typeof report.year === 'number' ? report.year : null,
    format: text(report.format),
    issuedOn: text(report.issuedOn),
    agency: null,
    preface: report.preface ?? null,
    sections: Array.isArray(report.sections) ? report.sections.filter(isRecord) : [],
    tables: Array.isArray(report.tables)
      ? report.tables.filter(isRecord).map((table) => ({ ...table, cells: table.cells ?? {} }))
      : [],
  } as VersionContent;
}

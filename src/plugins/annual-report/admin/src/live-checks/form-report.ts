import type { AgencyData, ReportData } from '../../../shared/contracts/report';
import { isRecord, parseJsonText } from '../../../shared/validation/plain-data';

/**
 * The form's unsaved values as the engine reads a report: the agency the server named in place of
 * the form's relation delta, and tables whose cells are still JSON text parsed, as the server
 * reads them (POST /annual-report/checks).
 */
export function formReport(values: Record<string, unknown>, agency: AgencyData | null): ReportData {
  const tables = Array.isArray(values.tables)
    ? values.tables.map((table: unknown) =>
        isRecord(table) && typeof table.cells === 'string'
          ? // Text while it is typed: blank until it parses.
            { ...table, cells: parseJsonText(table.cells) ?? null }
          : table,
      )
    : values.tables;
  return { ...values, agency, tables } as unknown as ReportData;
}

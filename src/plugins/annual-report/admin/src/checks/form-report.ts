import type { AgencyData, ReportData } from '../../../shared/contracts/report';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The Content Manager's JSON input holds text while it is typed: blank until it parses. */
function parsedCells(cells: unknown): unknown {
  if (typeof cells !== 'string') return cells;
  try {
    return JSON.parse(cells);
  } catch {
    return null;
  }
}

/**
 * The form's unsaved values as the engine reads a report: the agency the server named in place of
 * the form's relation delta, and tables whose cells are still JSON text parsed, as the server
 * reads them (POST /annual-report/checks).
 */
export function formReport(values: Record<string, unknown>, agency: AgencyData | null): ReportData {
  const tables = Array.isArray(values.tables)
    ? values.tables.map((table: unknown) =>
        isObject(table) && typeof table.cells === 'string'
          ? { ...table, cells: parsedCells(table.cells) }
          : table,
      )
    : values.tables;
  return { ...values, agency, tables } as unknown as ReportData;
}

/** A finding drawn on a table cell in the preview. */
export interface CellMark {
  severity: 'error' | 'warning';
  message: string;
}

/** Marks keyed by cellMarkKey(table, row, column). */
export type CellMarks = Record<string, CellMark>;

/** The key a cell's mark is stored under: `${tableKey}/${rowKey}/${columnKey}`. */
export function cellMarkKey(table: string, row: string, column: string): string {
  return `${table}/${row}/${column}`;
}

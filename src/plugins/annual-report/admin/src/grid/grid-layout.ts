import { columnLabel } from '../../../shared/checks/table-info';
import type { DocumentTable } from '../../../shared/contracts/document';
import { moneyDecimals } from '../../../shared/contracts/report-limits';
import { blankTable } from '../../../shared/layout/resolve';
import { tableGrid, type TableGrid } from '../../../shared/layout/table-grid';
import type { CellKind, TemplateTable } from '../../../shared/contracts/template';

/**
 * A template table as the grid draws and edits it: the printed table and its header and body,
 * taken from the shared layout so that the grid looks like the preview and the official form,
 * and what only editing needs — the rectangle of input cells (the rows that have inputs, in
 * printed order, by the columns), each cell's kind and its accessible name.
 */
export interface GridLayout extends TableGrid {
  /** The table as printed, with no figures: columns, rows, unit. */
  table: DocumentTable;
  /** Keys of the rows with inputs (every row but headings), top to bottom. */
  inputRows: string[];
  columnKeys: string[];
  kind(row: string, column: string): CellKind;
  /** How many decimals a money cell may hold (V6: to the 分 in its unit). */
  decimals(column: string): number;
  /** Accessible name of a cell: row label · column label (the column qualified where ambiguous). */
  cellName(row: string, column: string): string;
}

export function gridLayout(template: TemplateTable): GridLayout {
  const table = blankTable(template);
  const rows = new Map(template.rows.map((row) => [row.key, row]));
  const columns = new Map(template.columns.map((column) => [column.key, column]));

  return {
    table,
    // The grid always draws the label columns: on a table the print draws without them (table
    // 四, one unlabeled row and no corner) it keeps an empty corner and an empty label cell.
    ...tableGrid(table, true),
    inputRows: table.rows.filter((row) => !row.heading).map((row) => row.key),
    columnKeys: table.columns.map((column) => column.key),
    kind: (row, column) => rows.get(row)?.kind ?? columns.get(column)?.kind ?? 'count',
    decimals: (column) => moneyDecimals(columns.get(column)?.unit ?? template.unit),
    cellName(row, column) {
      const rowLabel = rows.get(row)?.label ?? row;
      const col = columns.get(column);
      const colName = col ? columnLabel(col, rowLabel) : column;
      return rowLabel === '' ? colName : `${rowLabel} · ${colName}`;
    },
  };
}

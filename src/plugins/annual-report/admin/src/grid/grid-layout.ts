import { columnLabel } from '../../../shared/checks/table-info';
import type {
  DocumentColumn,
  DocumentRow,
  HeaderCell,
  RowLabelCell,
} from '../../../shared/contracts/document';
import { bodyRows, headerRows, labelColumnCount } from '../../../shared/layout/table-grid';
import type { CellKind, TemplateTable } from '../../../shared/templates/types';

/**
 * A template table as the grid draws and edits it: the printed header and body (from the shared
 * table-grid, so the grid looks like the preview and the official form) and, for editing, the
 * rectangle of input cells — the rows that have inputs, in printed order, by the columns.
 */
export interface GridLayout {
  key: string;
  title: string;
  unit: string | null;
  proseOnly: boolean;
  columns: DocumentColumn[];
  rows: DocumentRow[];
  labelColumns: number;
  header: HeaderCell[][];
  body: Array<{ row: DocumentRow; labels: RowLabelCell[] }>;
  /** Keys of the rows with inputs (every row but headings), top to bottom. */
  inputRows: string[];
  columnKeys: string[];
  kind(row: string, column: string): CellKind;
  /** Accessible name of a cell: row label · column label (the column qualified where ambiguous). */
  cellName(row: string, column: string): string;
}

export function gridLayout(table: TemplateTable): GridLayout {
  const columns: DocumentColumn[] = table.columns.map((column) => ({
    key: column.key,
    label: column.label,
    group: column.groups ?? [],
    kind: column.kind ?? 'count',
    // Money is in 万元 or 元, never in the table's 件: without a unit of its own it has none.
    unit: column.unit ?? (column.kind === 'money' ? null : (table.unit ?? null)),
  }));
  // The template's label keeps its numbering; table-grid prints number + label, so nothing is lost.
  const rows: DocumentRow[] = table.rows.map((row) => ({
    key: row.key,
    number: '',
    label: row.label,
    level: row.level,
    heading: row.heading ?? false,
    values: columns.map(() => null),
  }));
  const labelColumns = labelColumnCount(rows);
  const rowKinds = new Map(table.rows.map((row) => [row.key, row.kind]));
  const columnsByKey = new Map(columns.map((column) => [column.key, column]));
  const rowLabels = new Map(table.rows.map((row) => [row.key, row.label]));

  return {
    key: table.key,
    title: table.title,
    unit: table.unit ?? null,
    proseOnly: table.proseOnly ?? false,
    columns,
    rows,
    labelColumns,
    header: headerRows(columns, table.corner ?? '', labelColumns),
    body: bodyRows(rows, labelColumns),
    inputRows: rows.filter((row) => !row.heading).map((row) => row.key),
    columnKeys: columns.map((column) => column.key),
    kind: (row, column) => rowKinds.get(row) ?? columnsByKey.get(column)?.kind ?? 'count',
    cellName(row, column) {
      const rowLabel = rowLabels.get(row) ?? row;
      const col = columnsByKey.get(column);
      const colName = col
        ? columnLabel({ key: col.key, label: col.label, groups: col.group }, rowLabel)
        : column;
      return rowLabel === '' ? colName : `${rowLabel} · ${colName}`;
    },
  };
}

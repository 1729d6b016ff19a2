import { moneyDecimals } from '../contracts/report-limits';
import type {
  CellKind,
  Template,
  TemplateColumn,
  TemplateRow,
  TemplateTable,
} from '../contracts/template';

/** What the evaluators need to know about a template table: labels for messages, kinds for values. */
export interface TableInfo {
  table: TemplateTable;
  rows: Map<string, TemplateRow>;
  columns: Map<string, TemplateColumn>;
}

export type TableInfos = Map<string, TableInfo>;

export function tableInfos(template: Template): TableInfos {
  const infos: TableInfos = new Map();
  for (const table of template.tables) {
    infos.set(table.key, {
      table,
      rows: new Map(table.rows.map((row) => [row.key, row])),
      columns: new Map(table.columns.map((column) => [column.key, column])),
    });
  }
  return infos;
}

export function cellKind(infos: TableInfos, table: string, row: string, column: string): CellKind {
  const info = infos.get(table);
  return info?.rows.get(row)?.kind ?? info?.columns.get(column)?.kind ?? 'count';
}

/** The decimals a money cell may hold, from its column's unit (or its table's). */
export function cellDecimals(infos: TableInfos, table: string, column: string): number {
  const info = infos.get(table);
  return moneyDecimals(info?.columns.get(column)?.unit ?? info?.table.unit);
}

/**
 * How a reviewer names a cell: row label / column label, the column prefixed with its innermost
 * header group where the label alone is ambiguous (结果维持 under 行政复议 or under 复议后起诉).
 */
export function cellLabel(infos: TableInfos, table: string, row: string, column: string): string {
  const info = infos.get(table);
  const rowLabel = info?.rows.get(row)?.label ?? row;
  const col = info?.columns.get(column);
  const label = col ? columnLabel(col, rowLabel) : column;
  return rowLabel === '' ? label : `${rowLabel} / ${label}`;
}

/** A column's label as cellLabel names it, beside a row labelled `rowLabel`. */
export function columnLabel(column: TemplateColumn, rowLabel: string): string {
  const groups = column.groups ?? [];
  const qualified = groups.length >= 2 || (groups.length === 1 && rowLabel === '');
  return (qualified ? `${groups[groups.length - 1]}·` : '') + column.label;
}

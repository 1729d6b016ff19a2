import type { Rule } from './rules';
import type { Localized } from './text';

export type { Localized };

/**
 * What a cell may hold.
 * - count: integer >= 0 (the default)
 * - delta: integer, may be negative (本年增/减)
 * - money: decimal >= 0, in the column's unit (万元, 元)
 */
export type CellKind = 'count' | 'delta' | 'money';

export interface TemplateSection {
  /** Stable ASCII slug; the same part keeps the same key across formats. */
  key: string;
  /** Chinese ordinal as printed: 一, 二, … */
  number: string;
  /** Heading as printed, without the number: 总体情况 */
  heading: string;
  /** S1: must be present, in this order. Defaults to true. */
  required?: boolean;
  /** What the part should cover (shown to editors as a hint). */
  hint?: string;
}

export interface TemplateColumn {
  key: string;
  /** Label as printed, e.g. 本年制发件数. */
  label: string;
  /** Header groups above this column, outermost first, e.g. ['申请人情况', '法人或其他组织']. */
  groups?: string[];
  kind?: CellKind;
  /** Unit for money columns (万元, 元); otherwise the table's unit. */
  unit?: string;
}

export interface TemplateRow {
  key: string;
  /** Label exactly as printed, with its own numbering: （一）予以公开, 1.属于国家秘密. */
  label: string;
  /** Indentation level as printed: 0 for 一、…, 1 for （一）…, 2 for 1.… */
  level: number;
  /** A heading row carries a label and no cells, e.g. （三）不予公开. */
  heading?: boolean;
  /** Row-level override of the cell kind. */
  kind?: CellKind;
}

export interface TemplateTable {
  key: string;
  /** The section the table is printed in. */
  section: string;
  /** Title or caption as printed, e.g. 第二十条第（一）项 or 主动公开情况统计. */
  title: string;
  /** Default unit of the counts: 条, 件, 次. */
  unit?: string;
  /** Text of the top-left header cell, e.g. 信息内容 or the 勾稽关系 note. */
  corner?: string;
  /** true when the figures are printed only in the prose, not as a table (gz-legacy channels). */
  proseOnly?: boolean;
  columns: TemplateColumn[];
  rows: TemplateRow[];
}

export interface Template {
  /** Registry key, stored in report.format: cn-2021, cn-2019, gz-legacy. */
  key: string;
  name: Localized;
  /** The document that defines the format, e.g. 国办公开办函〔2021〕30号. */
  basis?: string;
  /** First and last report year the format applies to (inclusive; open-ended when absent). */
  years?: { from?: number; to?: number };
  sections: TemplateSection[];
  tables: TemplateTable[];
  rules: Rule[];
}

/**
 * The labeled document: a report resolved against its template, in printed order, with every
 * label a front end needs. It is what `GET /api/annual-report/reports/:documentId/document`
 * returns, what the GraphQL `annualReport` query types, and what every writer (HTML, DOCX, CSV,
 * PDF) and the admin preview draw from. Plain data, no template knowledge needed to render it.
 */
import type { CellKind } from './template';
import type { Blocks } from './report';

export interface DocumentColumn {
  key: string;
  /** Label as printed, e.g. 自然人. */
  label: string;
  /** Header groups above the column, outermost first, e.g. ['申请人情况', '法人或其他组织']. */
  group: string[];
  kind: CellKind;
  /** Unit of the column's cells (万元 for money, else the table's unit); null when none. */
  unit: string | null;
}

export interface DocumentRow {
  key: string;
  /** The row's own numbering as printed: 一、 （一） 1. — empty when the label has none. */
  number: string;
  /** The label without its numbering: 本年新收政府信息公开申请数量. */
  label: string;
  /** Indentation level as printed: 0 for 一、, 1 for （一）, 2 for 1. */
  level: number;
  /** A heading row carries a label and no cells (its values are all null). */
  heading: boolean;
  /** One value per column, in column order: null is a blank cell, 0 is zero. */
  values: Array<number | null>;
}

/** One cell of a table's printed header: rows of these, with spans, top to bottom. */
export interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
  /** Set on a leaf header (the column's own label): the column it heads. */
  column?: string;
  /** The top-left cell above the row labels. */
  corner?: boolean;
}

/** One label cell at the start of a printed body row: group labels span the rows they head. */
export interface RowLabelCell {
  /** The row the label belongs to (a heading row's key for a spanning group label). */
  row: string;
  text: string;
  colSpan: number;
  rowSpan: number;
  heading: boolean;
}

export interface DocumentTable {
  key: string;
  /** How editors and reviewers name the printed table: 表三 (the number of its section). */
  number: string;
  title: string;
  unit: string | null;
  /** Text of the top-left header cell, e.g. 信息内容; empty when the form has none. */
  corner: string;
  /** Key of the section the table is printed in. */
  section: string;
  /** true when the format prints these figures only in the prose (gz-legacy channels). */
  proseOnly: boolean;
  note: string | null;
  columns: DocumentColumn[];
  rows: DocumentRow[];
}

export interface DocumentSection {
  key: string;
  /** Chinese ordinal as printed: 一. */
  number: string;
  heading: string;
  body: Blocks | null;
  /** Keys of the tables printed in this section, in order. */
  tables: string[];
}

export interface DocumentAgency {
  name: string;
  level: string;
  /** The level as printed: 县级, 政府部门… */
  levelLabel: string;
  region: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface ReportDocument {
  documentId: string | null;
  title: string;
  year: number;
  format: string;
  /** The format's name in Chinese, e.g. 2021 年国家格式. */
  formatName: string;
  preface: Blocks | null;
  /** ISO date the agency published the report. */
  issuedOn: string | null;
  /** ISO timestamp of the published version; null for a draft or unsaved form. */
  publishedAt: string | null;
  agency: DocumentAgency | null;
  /** The contact paragraph as printed at the end of the report; null when the agency has none. */
  contact: string | null;
  sections: DocumentSection[];
  tables: DocumentTable[];
}

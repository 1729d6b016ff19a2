/**
 * The plain shape of a report as the plugin's pure code sees it: what the Content Manager form
 * holds, what the Document Service returns with sections/tables populated, and what demo data
 * and imports produce. Strapi ids and timestamps may be present and are ignored.
 */

/** Strapi "blocks" rich text, reduced to what the plugin reads. */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface InlineNode {
  type: string;
  children?: Array<TextNode | InlineNode>;
  url?: string;
  text?: string;
}
export interface Block {
  type: string; // paragraph, heading, list, list-item, quote…
  level?: number;
  format?: 'ordered' | 'unordered';
  children: Array<TextNode | InlineNode | Block>;
}
export type Blocks = Block[];

/** { [rowKey]: { [columnKey]: number | null } } — null is a blank cell, 0 is zero. */
export type Cells = Record<string, Record<string, number | null>>;

export interface ReportSection {
  key: string;
  number: string;
  heading: string;
  body: Blocks | null;
}

export interface ReportTable {
  key: string;
  title?: string;
  unit?: string;
  cells: Cells;
  note?: string | null;
}

export interface AgencyData {
  documentId?: string;
  name: string;
  level: AgencyLevel;
  region?: string | null;
  address?: string | null;
  postcode?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

/**
 * Stored as ASCII slugs (Strapi enumerations must start with a Latin letter); labels as printed in
 * AGENCY_LEVEL_LABELS. The 政府部门 and 国务院部门 levels are departments, the others are 人民政府
 * (their publication deadlines differ: rule D1's dueByLevel).
 */
export const AGENCY_LEVELS = [
  'state_council_department',
  'province',
  'prefecture',
  'county',
  'township',
  'government_department',
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  state_council_department: '国务院部门',
  province: '省级',
  prefecture: '地市级',
  county: '县级',
  township: '乡镇街道',
  government_department: '政府部门',
};

export interface ReportData {
  documentId?: string;
  title: string;
  year: number;
  format: string;
  preface?: Blocks | null;
  /** ISO date (YYYY-MM-DD) the agency published the report. */
  issuedOn?: string | null;
  /** Moved by every content write; a save from an older one is refused (stale-save.ts). */
  revision?: number;
  agency?: AgencyData | null;
  sections: ReportSection[];
  tables: ReportTable[];
}

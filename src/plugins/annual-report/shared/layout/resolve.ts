import type {
  DocumentAgency,
  DocumentColumn,
  DocumentRow,
  DocumentSection,
  DocumentTable,
  ReportDocument,
} from '../contracts/document';
import { AGENCY_LEVEL_LABELS, type Blocks, type ReportData } from '../contracts/report';
import type { Template, TemplateSection, TemplateTable } from '../contracts/template';
import { contactParagraph } from './contact-paragraph';
import { unnumberedTitle } from './numbered-title';
import { splitRowLabel } from './row-label';
import { isRecord, parseJsonText } from '../validation/plain-data';

/**
 * A report resolved against its template into the labeled document every writer draws from.
 *
 * Pure, and total: it never throws. The admin preview calls it on unsaved form values, so every
 * part of the report may be missing or of the wrong shape; what cannot be read is left out (a
 * section, the agency) or printed blank (a cell), never guessed. The template is trusted (the
 * registry validated it).
 *
 * - Sections: the report's, in their stored order; each lists the template tables printed in it.
 *   A template table whose section the report lacks is still in `tables`, listed by no section.
 * - Tables: every template table, in template order, whether or not the report holds it (its
 *   cells are then blank); report tables with keys the template does not know are ignored, and of
 *   two report tables with one key the first is read (as the checks read it).
 * - Cells: see cellValue.
 */
export function resolveReport(
  report: ReportData & { publishedAt?: string | null; documentId?: string },
  template: Template,
): ReportDocument {
  const raw: Record<string, unknown> = isRecord(report) ? report : {};
  const sections = arrayOf(raw.sections).filter(isRecord);
  const storedTables = storedTablesByKey(arrayOf(raw.tables));
  const numbers = tableNumbers(template, sections);
  const agency = resolveAgency(raw.agency);

  const listed = new Set<string>();
  const documentSections: DocumentSection[] = sections.map((section) => {
    const key = text(section.key);
    // A key stored twice gets its tables once, under the first section that has it.
    const tables =
      key === '' || listed.has(key)
        ? []
        : template.tables.filter((table) => table.section === key).map((table) => table.key);
    listed.add(key);
    return {
      key,
      number: text(section.number),
      heading: text(section.heading),
      body: blocksOrNull(section.body),
      tables,
    };
  });

  return {
    documentId: nonEmptyText(raw.documentId),
    title: text(raw.title),
    year: yearOf(raw.year),
    format: nonEmptyText(raw.format) ?? template.key,
    formatName: template.name['zh-Hans'],
    preface: blocksOrNull(raw.preface),
    issuedOn: dateText(raw.issuedOn, 'date'),
    publishedAt: dateText(raw.publishedAt, 'timestamp'),
    agency,
    contact: contactParagraph(agency),
    sections: documentSections,
    tables: template.tables.map((table) =>
      resolveTable(table, storedTables.get(table.key), numbers.get(table.key) ?? ''),
    ),
  };
}

/**
 * A template table as printed with no report behind it: every cell blank, the template's title
 * and unit, no number. The admin grid draws its columns, rows and labels from it.
 */
export function blankTable(table: TemplateTable): DocumentTable {
  return resolveTable(table, undefined, '');
}

function resolveTable(
  table: TemplateTable,
  stored: Record<string, unknown> | undefined,
  number: string,
): DocumentTable {
  const unit = nonEmptyText(stored?.unit) ?? nonEmptyText(table.unit) ?? null;
  const columns: DocumentColumn[] = table.columns.map((column) => {
    const kind = column.kind ?? 'count';
    return {
      key: column.key,
      label: column.label,
      group: [...(column.groups ?? [])],
      kind,
      // Money is counted in 万元 or 元, never in the table's 件 or 条: without its own unit a
      // money column has none rather than a wrong one.
      unit: nonEmptyText(column.unit) ?? (kind === 'money' ? null : unit),
    };
  });
  const cells = cellsOf(stored?.cells);
  const rows: DocumentRow[] = table.rows.map((row) => {
    const { number: rowNumber, label } = splitRowLabel(row.label);
    const stored = row.heading ? undefined : cells[row.key];
    const values = isRecord(stored) ? stored : {};
    return {
      key: row.key,
      number: rowNumber,
      label,
      level: row.level,
      heading: row.heading === true,
      values: columns.map((column) => (row.heading ? null : cellValue(values[column.key]))),
    };
  });
  return {
    key: table.key,
    number,
    // Stored titles carry the number (numbered-title.ts); the document prints it apart.
    title: unnumberedTitle(nonEmptyText(stored?.title) ?? table.title, number),
    unit,
    corner: table.corner ?? '',
    section: table.section,
    proseOnly: table.proseOnly === true,
    note: nonEmptyText(stored?.note),
    columns,
    rows,
  };
}

/**
 * How the format names each table: 表 + the number of the section it is printed in (the national
 * forms print one table per part, so 表三 is the table of 三、收到和处理政府信息公开申请情况; the
 * four 第二十条 blocks of 二 are all 表二). Tables a format prints as an annex — in a section whose
 * heading names 附表, as gz-legacy's 七、说明与附表 — are numbered as the seed prints them:
 * 附表1, 附表2, 附表3 (Arabic, in template order; prose-only tables are not printed there and
 * take no annex number). The template's section numbers are used, not the report's: they are
 * the form's and stay put while an editor renumbers a draft.
 */
export function tableNumbers(
  template: Template,
  reportSections: Array<Record<string, unknown>>,
): Map<string, string> {
  const templateSections = new Map<string, TemplateSection>(
    template.sections.map((section) => [section.key, section]),
  );
  const annexCount = new Map<string, number>();
  const numbers = new Map<string, string>();
  for (const table of template.tables) {
    const section = templateSections.get(table.section);
    if (section && section.heading.includes('附表') && !table.proseOnly) {
      const count = (annexCount.get(section.key) ?? 0) + 1;
      annexCount.set(section.key, count);
      numbers.set(table.key, `附表${count}`);
      continue;
    }
    const sectionNumber =
      section?.number ??
      text(reportSections.find((candidate) => candidate.key === table.section)?.number);
    numbers.set(table.key, sectionNumber ? `表${sectionNumber}` : '');
  }
  return numbers;
}

/**
 * A stored cell as the document shows it. Finite numbers are kept as stored, whatever the cell's
 * kind: the document prints what the report says, and the checks (V1–V6) say what is wrong with
 * it. Text that is exactly a decimal number ("12", " 4068.2 ", "-3") is read as that number: the
 * write path stores numbers, but imports and the form's JSON input may hold the text, and a figure
 * must not vanish from the print because it was typed as text. Any other text ("22（其中修订16件）",
 * "一百") and anything else is blank (null); rule V2 reports it.
 */
export function cellValue(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The Content Manager's JSON input may still hold its text: parse it, or read no cells. */
function cellsOf(raw: unknown): Record<string, unknown> {
  const cells = parseJsonText(raw);
  return isRecord(cells) ? cells : {};
}

function storedTablesByKey(tables: unknown[]): Map<string, Record<string, unknown>> {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const table of tables) {
    if (isRecord(table) && typeof table.key === 'string' && !byKey.has(table.key)) {
      byKey.set(table.key, table);
    }
  }
  return byKey;
}

/**
 * The agency when the report holds it populated. A documentId or the form's relation delta
 * ({ connect, disconnect }) names no agency the document could print: null.
 */
function resolveAgency(raw: unknown): DocumentAgency | null {
  if (!isRecord(raw) || typeof raw.name !== 'string') return null;
  const level = text(raw.level);
  return {
    name: raw.name,
    level,
    levelLabel: (AGENCY_LEVEL_LABELS as Record<string, string>)[level] ?? level,
    region: nonEmptyText(raw.region),
    address: nonEmptyText(raw.address),
    postcode: nonEmptyText(raw.postcode),
    phone: nonEmptyText(raw.phone),
    email: nonEmptyText(raw.email),
    website: nonEmptyText(raw.website),
  };
}

/** 0 when the year cannot be read (a draft still being typed): the contract's year is a number. */
function yearOf(raw: unknown): number {
  const year = typeof raw === 'string' ? Number(raw.trim()) : raw;
  return typeof year === 'number' && Number.isInteger(year) ? year : 0;
}

/** Strapi returns dates as ISO text; a Date may come from code that built the report itself. */
function dateText(raw: unknown, precision: 'date' | 'timestamp'): string | null {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    const iso = raw.toISOString();
    return precision === 'date' ? iso.slice(0, 10) : iso;
  }
  return nonEmptyText(raw);
}

function blocksOrNull(raw: unknown): Blocks | null {
  return Array.isArray(raw) ? (raw.filter(isRecord) as unknown as Blocks) : null;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function nonEmptyText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

import type { FindingPath } from '../contracts/checks';
import type { Localized, Template, TemplateRow, TemplateTable } from '../contracts/template';
import { parseStatedNumber, toChineseNumeral } from './numbers';
import { columnLabel } from './table-info';
import { mapValues, pick } from 'lodash';
import {
  REPORT_FIELD_TEXTS,
  SECTION_FIELD_TEXTS,
  STATISTIC_TABLE_FIELD_TEXTS,
  type FieldTexts,
} from '../contracts/field-texts';

/**
 * Where a finding is, in the words of the printed report: 表三 · （一）予以公开 · 自然人, or
 * 三、收到和处理政府信息公开申请情况. A finding's path is the Content Manager's field path; an editor
 * knows the form by its table numbers, row and column labels and headings, never by its keys. The
 * report may be unsaved form values of any shape; a path that names nothing known still reads as
 * words (the table, the section, the report).
 */

export type PlaceLocale = keyof Localized;

const SEPARATOR = ' · ';

const labels = (texts: FieldTexts): Record<string, Localized> =>
  mapValues(texts, (text) => text.label);

/** The report's own fields and its parts' fields, named as the edit view labels them. */
const FIELDS = labels(REPORT_FIELD_TEXTS);
const REPORT: Localized = { 'zh-Hans': '报告', en: 'Report' };
// A section's body is the section itself: its place is the heading alone.
const SECTION_FIELDS = labels(pick(SECTION_FIELD_TEXTS, ['number', 'heading']));
const TABLE_FIELDS = labels(pick(STATISTIC_TABLE_FIELD_TEXTS, ['title', 'unit', 'note']));

// A row's printed ordinal, e.g. （三） of （三）不予公开.
const ROW_ORDINAL = /^（[^）]{1,4}）/;
// What editors type after a section number: 三、 三. 三．
const NUMBER_PUNCTUATION = /[\s、.．,，]/g;

type Entry = Record<string, unknown>;

/** The words for a field name, when the name is one of `names`' own (never `constructor`). */
function named(names: Record<string, Localized>, field: unknown): Localized | undefined {
  return typeof field === 'string' && Object.prototype.hasOwnProperty.call(names, field)
    ? names[field]
    : undefined;
}

function entryAt(report: unknown, field: string, index: number): Entry | undefined {
  const list = typeof report === 'object' && report !== null ? (report as Entry)[field] : undefined;
  const entry = Array.isArray(list) ? list[index] : undefined;
  return typeof entry === 'object' && entry !== null ? (entry as Entry) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function indexOf(part: FindingPath[number] | undefined): number | undefined {
  if (typeof part === 'number') return Number.isInteger(part) && part >= 0 ? part : undefined;
  return typeof part === 'string' && /^\d{1,4}$/.test(part) ? Number(part) : undefined;
}

function arabic(number: string): string {
  const value = parseStatedNumber(number);
  return value === null ? number : String(value);
}

function sectionName(report: unknown, template: Template, index: number, locale: PlaceLocale) {
  const section = entryAt(report, 'sections', index);
  const key = text(section?.key);
  const printed =
    template.sections.find((candidate) => key !== '' && candidate.key === key) ??
    (section === undefined || key === '' ? template.sections[index] : undefined);
  const number = text(section?.number).replace(NUMBER_PUNCTUATION, '') || printed?.number || '';
  const heading = text(section?.heading) || printed?.heading || '';
  if (locale === 'en') {
    const label = `Section ${number === '' ? index + 1 : arabic(number)}`;
    return heading === '' ? label : `${label}: ${heading}`;
  }
  if (heading === '') return `第${number || toChineseNumeral(index + 1)}部分`;
  return number === '' ? heading : `${number}、${heading}`;
}

function tableName(
  table: TemplateTable | undefined,
  stored: Entry | undefined,
  template: Template,
  index: number,
  locale: PlaceLocale,
): string {
  if (!table) {
    const title = text(stored?.title);
    if (locale === 'en') return title === '' ? `Table ${index + 1}` : `Table “${title}”`;
    return title === '' ? `第${toChineseNumeral(index + 1)}个统计表` : `表格「${title}」`;
  }
  const section = template.sections.find((candidate) => candidate.key === table.section);
  if (!section) return table.title;
  const number = locale === 'en' ? `Table ${arabic(section.number)}` : `表${section.number}`;
  const shared = template.tables.filter((other) => other.section === table.section).length > 1;
  return shared ? `${number}${SEPARATOR}${table.title}` : number;
}

/** Rows of the third level repeat their numbers under each heading (1.… 2.…): the heading's ordinal says which. */
function rowName(table: TemplateTable, row: TemplateRow): string {
  if (row.level < 2) return row.label;
  const at = table.rows.indexOf(row);
  for (let i = at - 1; i >= 0; i -= 1) {
    const above = table.rows[i];
    if (above.level < row.level) return (ROW_ORDINAL.exec(above.label)?.[0] ?? '') + row.label;
  }
  return row.label;
}

function cellParts(
  table: TemplateTable | undefined,
  rowKey: FindingPath[number] | undefined,
  columnKey: FindingPath[number] | undefined,
  locale: PlaceLocale,
): string[] {
  if (rowKey === undefined) return [];
  const zh = locale === 'zh-Hans';
  const row = table?.rows.find((candidate) => candidate.key === String(rowKey));
  const parts: string[] = [];
  if (!row) parts.push(zh ? `「${rowKey}」行` : `row “${rowKey}”`);
  else if (row.label !== '') parts.push(rowName(table!, row));
  if (columnKey === undefined) return parts;
  const column = table?.columns.find((candidate) => candidate.key === String(columnKey));
  if (column) parts.push(columnLabel(column, row?.label ?? String(rowKey)));
  else parts.push(zh ? `「${columnKey}」列` : `column “${columnKey}”`);
  return parts;
}

function tablePlace(
  path: FindingPath,
  report: unknown,
  template: Template,
  locale: PlaceLocale,
): string {
  const index = indexOf(path[1]);
  if (index === undefined) return FIELDS.tables[locale];
  const stored = entryAt(report, 'tables', index);
  const key = text(stored?.key);
  const table = template.tables.find((candidate) => candidate.key === key);
  const parts = [tableName(table, stored, template, index, locale)];
  const field = path[2];
  if (field === 'cells') parts.push(...cellParts(table, path[3], path[4], locale));
  else parts.push(named(TABLE_FIELDS, field)?.[locale] ?? '');
  return parts.filter((part) => part !== '').join(SEPARATOR);
}

function sectionPlace(
  path: FindingPath,
  report: unknown,
  template: Template,
  locale: PlaceLocale,
): string {
  const index = indexOf(path[1]);
  if (index === undefined) return FIELDS.sections[locale];
  const name = sectionName(report, template, index, locale);
  const field = named(SECTION_FIELDS, path[2]);
  return field ? `${name}${SEPARATOR}${field[locale]}` : name;
}

/**
 * The parts of a report that place names are read from: each section's key, number and heading,
 * each table's key and title. Any report and its parts name every place alike, so the names need
 * not be worked out again while only figures or prose change.
 */
export function namingParts(report: unknown): { sections: unknown[]; tables: unknown[] } {
  const parts = (field: string, keys: string[]) => {
    const list = typeof report === 'object' && report !== null ? (report as Entry)[field] : [];
    return Array.isArray(list)
      ? list.map((entry: unknown) =>
          typeof entry === 'object' && entry !== null ? pick(entry, keys) : entry,
        )
      : [];
  };
  return {
    sections: parts('sections', ['key', 'number', 'heading']),
    tables: parts('tables', ['key', 'title']),
  };
}

export function placeName(
  path: FindingPath,
  report: unknown,
  template: Template,
  locale: PlaceLocale,
): string {
  const [field] = path;
  if (field === 'tables') return tablePlace(path, report, template, locale);
  if (field === 'sections') return sectionPlace(path, report, template, locale);
  return (named(FIELDS, field) ?? REPORT)[locale];
}

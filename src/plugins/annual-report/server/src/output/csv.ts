import { stringify } from 'csv-stringify/sync';
import type {
  DocumentColumn,
  DocumentTable,
  ReportDocument,
} from '../../../shared/contracts/document';
import { figureText } from '../../../shared/layout/figure-text';

/**
 * The report's tables as one CSV file, laid out to open in Excel and WPS as it reads on paper:
 *
 *   报告,淮安市人民政府2024年政府信息公开工作年度报告
 *   机关,淮安市人民政府
 *   年度,2024
 *   <blank line>
 *   表三 收到和处理政府信息公开申请情况（单位：件）
 *   序号,<corner or 项目>,申请人情况·自然人,申请人情况·法人或其他组织·商业企业,…
 *   一、,本年新收政府信息公开申请数量,3001,53,…
 *   （一）,予以公开,1288,…
 *   注：…                                  (when the table has a note)
 *   <blank line>
 *
 * - The report's block comes first: the file names its report in its content, not only in its
 *   name, so that files merged or renamed can still be told apart.
 * - UTF-8 with a BOM (without it Excel reads the file as the local ANSI code page) and CRLF line
 *   ends; fields holding commas, quotes or line breaks are quoted (RFC 4180).
 * - One header line: merged header groups cannot be drawn in CSV, so each column is named by its
 *   whole path joined with ·; a money column whose unit is not the table's (万元 in a table of 件)
 *   names it unless its label already does.
 * - 序号 holds the row's printed numbering (一、 （一） 1.; trimmed, so gz-legacy's "2. " is 2.),
 *   项目 the label without it, so the labels sort and filter as text while the numbering still
 *   shows the hierarchy. Heading rows (（三）不予公开) are printed as lines of their own with
 *   blank cells, as on the form.
 * - Blank cells are empty, 0 is 0, figures as stored (figureText).
 * - Tables the format states only in the prose (gz-legacy's channels and responses) come after
 *   the printed tables, marked as such: they are the report's figures, and a CSV is for those who
 *   reuse figures, but they are not tables of the report and must not pass for one.
 * - Text that Excel would read as a formula (starting with = + - @) gets a leading apostrophe:
 *   notes and titles are typed by editors and the file is downloaded by the public.
 */
export function tablesCsv(document: ReportDocument): string {
  const printed = document.tables.filter((table) => !table.proseOnly);
  const proseOnly = document.tables.filter((table) => table.proseOnly);
  const blocks = [
    reportRecords(document),
    ...printed.map((table) => tableRecords(table, '')),
    ...proseOnly.map((table) => tableRecords(table, PROSE_ONLY)),
  ];
  const records = blocks.flatMap((block, index) => (index === 0 ? block : [[], ...block]));
  return stringify(records, { bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

const PROSE_ONLY = '（报告正文所列数据，不单独成表）';

function reportRecords(document: ReportDocument): string[][] {
  return [
    ['报告', document.title],
    ['机关', document.agency?.name ?? ''],
    ['年度', document.year > 0 ? String(document.year) : ''],
  ].map(([name, value]) => [name, safeText(value)]);
}

function tableRecords(table: DocumentTable, mark: string): string[][] {
  const unit = table.unit ? `（单位：${table.unit}）` : '';
  const title = [table.number, table.title].filter((part) => part !== '').join(' ');
  const records: string[][] = [
    [safeText(title + unit + mark)],
    [
      '序号',
      safeText(table.corner || '项目'),
      ...table.columns.map((column) => safeText(columnHeader(column, table.unit))),
    ],
    ...table.rows.map((row) => [
      safeText(row.number.trim()),
      safeText(row.label),
      ...row.values.map(figureText),
    ]),
  ];
  if (table.note)
    records.push([safeText(/^注[:：]/.test(table.note) ? table.note : `注：${table.note}`)]);
  return records;
}

function columnHeader(column: DocumentColumn, tableUnit: string | null): string {
  const path = [...column.group, column.label].join('·');
  const ownUnit =
    column.unit !== null && column.unit !== tableUnit && !column.label.includes(column.unit);
  return ownUnit ? `${path}（单位：${column.unit}）` : path;
}

function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

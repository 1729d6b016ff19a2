import { figureText } from './figure-text';
import type { DocumentColumn, DocumentTable } from '../contracts/document';

/** How the reports print values, dates and units. */

/**
 * A cell as printed: blank stays empty, 0 is "0", the stored value otherwise (no thousands
 * separators — the reports print 3985758 — and money with the decimals it was entered with). A money
 * column whose label does not name its unit prints it after the figure, as 2019 reports print
 * 采购总金额 "251000元".
 */
export function cellText(value: number | null | undefined, column: DocumentColumn): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const text = figureText(value);
  if (column.kind === 'money' && column.unit && !labelShowsUnit(column.label, column.unit))
    return text + column.unit;
  return text;
}

/** true when a label already prints the unit: 本年收费金额（单位：万元）. */
export function labelShowsUnit(label: string, unit: string): boolean {
  return (
    label.includes(`单位：${unit}`) ||
    label.includes(`单位:${unit}`) ||
    label.includes(`（${unit}）`)
  );
}

/**
 * The caption's 单位 line: the table's unit, unless no column counts in it or every one that does
 * already prints it in its label (2021 第（八）项 prints 万元 in the column header).
 */
export function captionUnit(table: DocumentTable): string | null {
  const { unit } = table;
  if (!unit) return null;
  const counted = table.columns.filter((column) => column.unit === null || column.unit === unit);
  if (counted.every((column) => labelShowsUnit(column.label, unit))) return null;
  return `单位：${unit}`;
}

/**
 * A date as Chinese documents print it: 2025-01-20 → 2025年1月20日. Read from the ISO text itself
 * (never through Date) so the day cannot shift with the server's time zone; null when unreadable.
 */
export function printedDate(iso: string | null | undefined): string | null {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim()) : null;
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}年${month}月${day}日`;
}

import { blocksToParagraphs } from './blocks-text';
import { isRecord } from '../validation/plain-data';

/**
 * One validate() call's read access to a report. The report comes from forms and imports
 * unchecked, so every accessor tolerates a wrong shape; texts are derived once and shared by the
 * rules that read them.
 */

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// The whitespace met in reports (ASCII, no-break, ideographic): narrower than \s, and several
// times faster on CJK text, which matters since every section is stripped on every check.
const WHITESPACE = /[ \t\n\r\f\v\u00a0\u3000]+/g;

/** Layout whitespace (PDF line breaks and spacing) carries no meaning in Chinese prose. */
export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

export class ReportView {
  readonly raw: Record<string, unknown>;
  readonly sections: Array<Record<string, unknown>>;
  private readonly tables: unknown[];
  private readonly tableIndexes = new Map<string, number>();
  private readonly paragraphsCache = new Map<number, string[]>();
  private readonly textCache = new Map<number, string>();
  private readonly linesCache = new Map<number, string[]>();
  private prefaceCache: string | undefined;
  private prefaceParagraphsCache: string[] | undefined;
  private prefaceLinesCache: string[] | undefined;

  constructor(report: unknown) {
    this.raw = isRecord(report) ? report : {};
    this.tables = arrayOf(this.raw.tables);
    this.tables.forEach((table, index) => {
      if (isRecord(table) && typeof table.key === 'string' && !this.tableIndexes.has(table.key)) {
        this.tableIndexes.set(table.key, index);
      }
    });
    this.sections = arrayOf(this.raw.sections).map((section) => (isRecord(section) ? section : {}));
  }

  get year(): number | undefined {
    const year = this.raw.year;
    return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
  }

  /** Index of the table in report.tables, or -1. */
  tableIndex(key: string): number {
    return this.tableIndexes.get(key) ?? -1;
  }

  /** A row's cells; undefined when the table or row is missing or not an object. */
  row(table: string, row: string): Record<string, unknown> | undefined {
    const index = this.tableIndexes.get(table);
    if (index === undefined) return undefined;
    const cells: unknown = (this.tables[index] as Record<string, unknown>).cells;
    if (!isRecord(cells)) return undefined;
    const cellsOfRow = cells[row];
    return isRecord(cellsOfRow) ? cellsOfRow : undefined;
  }

  /** The raw content of a cell; undefined when the table or row is missing. */
  cell(table: string, row: string, column: string): unknown {
    return this.row(table, row)?.[column];
  }

  sectionParagraphs(index: number): string[] {
    let paragraphs = this.paragraphsCache.get(index);
    if (!paragraphs) {
      paragraphs = blocksToParagraphs(this.sections[index]?.body);
      this.paragraphsCache.set(index, paragraphs);
    }
    return paragraphs;
  }

  /** A section's paragraphs with all whitespace removed. */
  sectionLines(index: number): string[] {
    let lines = this.linesCache.get(index);
    if (!lines) {
      lines = this.sectionParagraphs(index).map(stripWhitespace);
      this.linesCache.set(index, lines);
    }
    return lines;
  }

  /** A section's body with all whitespace removed. */
  sectionText(index: number): string {
    let text = this.textCache.get(index);
    if (text === undefined) {
      text = this.sectionLines(index).join('');
      this.textCache.set(index, text);
    }
    return text;
  }

  prefaceParagraphs(): string[] {
    if (this.prefaceParagraphsCache === undefined) {
      this.prefaceParagraphsCache = blocksToParagraphs(this.raw.preface);
    }
    return this.prefaceParagraphsCache;
  }

  /** The preface's paragraphs with all whitespace removed. */
  prefaceLines(): string[] {
    if (this.prefaceLinesCache === undefined) {
      this.prefaceLinesCache = this.prefaceParagraphs().map(stripWhitespace);
    }
    return this.prefaceLinesCache;
  }

  /** The preface with all whitespace removed. */
  prefaceText(): string {
    if (this.prefaceCache === undefined) this.prefaceCache = this.prefaceLines().join('');
    return this.prefaceCache;
  }
}

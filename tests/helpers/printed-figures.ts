import type { Template } from '../../src/plugins/annual-report/shared/contracts/template';
import type { PrintedFigures } from './report-data';

/** A fixture's figures flattened in the order the form prints them: table by table, row by row. */
export function figuresInTableOrder(figures: PrintedFigures, template: Template): number[] {
  return template.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      (figures[table.key]?.[row.key] ?? []).filter((value): value is number => value !== null),
    ),
  );
}

/**
 * Where a text (HTML text, Word XML text, pdftotext output) fails to hold the figures in order:
 * the first figure not found after the previous one, or null when every figure is there in order.
 */
export function firstMissingInOrder(text: string, figures: number[]): number | null {
  const tokens = (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  let at = 0;
  for (const figure of figures) {
    while (at < tokens.length && tokens[at] !== figure) at += 1;
    if (at === tokens.length) return figure;
    at += 1;
  }
  return null;
}

/** Same for headings: the first not found after the previous one, or null. */
export function firstMissingText(text: string, parts: string[]): string | null {
  let at = 0;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    if (found < 0) return part;
    at = found + part.length;
  }
  return null;
}

import type { Cells } from '../../../shared/contracts/report';
import { isRecord, parseJsonText } from '../../../shared/validation/plain-data';

/**
 * The cells object as the form holds it. A json field that was last edited as text (the Content
 * Manager's JSON editor) holds a string; anything that does not read as an object is `undefined`,
 * and the grid then shows it raw rather than risk overwriting it.
 */
export function readCells(value: unknown): Cells | undefined {
  if (value === null || value === undefined || value === '') return {};
  const parsed = parseJsonText(value);
  if (parsed === null) return {};
  if (!isRecord(parsed)) return undefined;
  if (!Object.values(parsed).every(isRecord)) return undefined;
  return parsed as Cells;
}

/** A blank cell: never filled, or filled with nothing. Text is not blank: it is a wrong value. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Cells with some values replaced, as a fresh object for the form: changed rows are copied,
 * untouched rows and cells (even ones the template does not know) are kept as they were.
 */
export function withValues(
  cells: Cells,
  changes: Array<{ row: string; column: string; value: number | null }>,
): Cells {
  const next: Cells = { ...cells };
  const copied = new Set<string>();
  for (const { row, column, value } of changes) {
    if (!copied.has(row)) {
      next[row] = { ...(cells[row] ?? {}) };
      copied.add(row);
    }
    next[row][column] = value;
  }
  return next;
}

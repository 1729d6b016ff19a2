import type { Cells } from '../../../shared/contracts/report';

/**
 * The cells object as the form holds it. A json field that was last edited as text (the Content
 * Manager's JSON editor) holds a string; anything that does not read as an object is `undefined`,
 * and the grid then shows it raw rather than risk overwriting it.
 */
export function readCells(value: unknown): Cells | undefined {
  if (value === null || value === undefined || value === '') return {};
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (parsed === null) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const rows = Object.values(parsed as Record<string, unknown>);
  if (rows.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))) {
    return undefined;
  }
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

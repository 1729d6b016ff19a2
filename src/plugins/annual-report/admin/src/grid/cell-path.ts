import type { FindingPath } from '../../../shared/contracts/checks';

/**
 * A cell's Content Manager field path, dot-joined: `tables.4.cells.new.natural-person`. It is the
 * input's `data-cell-path` and a finding's path joined with dots, so the checks panel can find
 * the input of a finding with `[data-cell-path="…"]` or by `cellInputId`.
 */
export const cellPath = (fieldName: string, row: string, column: string) =>
  `${fieldName}.${row}.${column}`;

/** An element id for the cell's input: the path with its dots as `__` (ids stay CSS-friendly). */
export const cellInputId = (path: string) => `ar-cell__${path.replace(/\./g, '__')}`;

/** `tables.4.cells` → ['tables', 4, 'cells'], numbers where the path indexes a list. */
export const fieldPath = (fieldName: string): FindingPath =>
  fieldName.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

import type { Cells } from '../../../shared/contracts/report';
import type { Localized } from '../../../shared/contracts/template';
import { withValues } from './cells';
import type { GridLayout } from './grid-layout';
import { parseCell } from './parse-cell';
import { alignPaste, type PastePlacement } from './paste-alignment';

export interface RefusedCell {
  row: string;
  column: string;
  text: string;
  message: Localized;
}

export interface PasteResult {
  cells: Cells;
  /** Cells written, blanks included. */
  filled: number;
  /** Pasted values that do not read as the cell's kind; their cells keep what they held. */
  refused: RefusedCell[];
  /** Pasted values (blanks aside) placed in no cell: off the table, or under no known label. */
  clipped: number;
  /** Whether rows were found by the block's labels and columns by its header. */
  aligned?: { rows: boolean; columns: boolean };
}

/**
 * A placement written onto the cells: each placed value read as its cell's kind. Values a cell
 * cannot hold are refused and the cell keeps what it held; values placed nowhere are counted.
 */
export function writePlacement(
  cells: Cells,
  layout: GridLayout,
  placement: PastePlacement,
): PasteResult {
  const changes: Array<{ row: string; column: string; value: number | null }> = [];
  const refused: RefusedCell[] = [];
  for (const { row, column, text } of placement.placed) {
    const parsed = parseCell(text, layout.kind(row, column), layout.decimals(column));
    if (parsed.ok) changes.push({ row, column, value: parsed.value });
    else refused.push({ row, column, text, message: parsed.message });
  }
  return {
    cells: changes.length > 0 ? withValues(cells, changes) : cells,
    filled: changes.length,
    refused,
    clipped: placement.unplaced.length,
    aligned: { rows: placement.rowsByLabel, columns: placement.columnsByHeader },
  };
}

/**
 * A block copied from a spreadsheet, placed by alignPaste (by its labels and header, else from
 * the focused cell rightwards and downwards over the rows that have inputs) and written.
 */
export function applyPaste(
  cells: Cells,
  layout: GridLayout,
  origin: { row: string; column: string },
  matrix: string[][],
): PasteResult {
  return writePlacement(cells, layout, alignPaste(matrix, layout, origin));
}

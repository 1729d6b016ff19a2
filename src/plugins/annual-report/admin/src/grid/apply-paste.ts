import type { Cells } from '../../../shared/contracts/report';
import type { Localized } from '../../../shared/contracts/template';
import { withValues } from './cells';
import type { GridLayout } from './grid-layout';
import { parseCell } from './parse-cell';

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
  /** Pasted values that fell outside the table. */
  clipped: number;
}

/**
 * A block copied from a spreadsheet, laid onto the table from the focused cell rightwards and
 * downwards. The block's rows map onto the rows that have inputs, so a block copied from the
 * printed form (which has no figures on its heading rows) lands row for row.
 */
export function applyPaste(
  cells: Cells,
  layout: GridLayout,
  origin: { row: string; column: string },
  matrix: string[][],
): PasteResult {
  const top = layout.inputRows.indexOf(origin.row);
  const left = layout.columnKeys.indexOf(origin.column);
  const changes: Array<{ row: string; column: string; value: number | null }> = [];
  const refused: RefusedCell[] = [];
  let clipped = 0;
  if (top < 0 || left < 0) {
    return { cells, filled: 0, refused, clipped: matrix.flat().length };
  }

  matrix.forEach((values, r) => {
    const row = layout.inputRows[top + r];
    values.forEach((text, c) => {
      const column = layout.columnKeys[left + c];
      if (row === undefined || column === undefined) {
        clipped += 1;
        return;
      }
      const parsed = parseCell(text, layout.kind(row, column), layout.decimals(column));
      if (parsed.ok) changes.push({ row, column, value: parsed.value });
      else refused.push({ row, column, text, message: parsed.message });
    });
  });

  return {
    cells: changes.length > 0 ? withValues(cells, changes) : cells,
    filled: changes.length,
    refused,
    clipped,
  };
}

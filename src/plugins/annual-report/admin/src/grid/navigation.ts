/** Where a key moves the focus in a grid of `rows` × `columns` inputs, as in a spreadsheet. */

export interface GridPosition {
  row: number;
  column: number;
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/**
 * The position a move lands on, or undefined at the edge. Tab runs on across row ends
 * (undefined only past the first or last cell, where the browser's Tab leaves the table).
 */
export function moveFocus(
  from: GridPosition,
  move: GridMove,
  rows: number,
  columns: number,
): GridPosition | undefined {
  const at = (row: number, column: number) =>
    row >= 0 && row < rows && column >= 0 && column < columns ? { row, column } : undefined;
  switch (move) {
    case 'up':
      return at(from.row - 1, from.column);
    case 'down':
      return at(from.row + 1, from.column);
    case 'left':
      return at(from.row, from.column - 1);
    case 'right':
      return at(from.row, from.column + 1);
    case 'next': {
      const index = from.row * columns + from.column + 1;
      return at(Math.floor(index / columns), index % columns);
    }
    case 'previous': {
      const index = from.row * columns + from.column - 1;
      return index < 0 ? undefined : at(Math.floor(index / columns), index % columns);
    }
  }
}

/** The move a key asks for; Left and Right only when the caret is at that edge of the text. */
export function keyMove(
  key: string,
  shift: boolean,
  caret: { start: number; end: number; length: number },
): GridMove | undefined {
  const all = caret.start === 0 && caret.end === caret.length;
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return (caret.start === 0 && caret.end === 0) || all ? 'left' : undefined;
    case 'ArrowRight':
      return (caret.start === caret.length && caret.end === caret.length) || all
        ? 'right'
        : undefined;
    case 'Tab':
      return shift ? 'previous' : 'next';
    case 'Enter':
      return shift ? 'up' : 'down';
    default:
      return undefined;
  }
}

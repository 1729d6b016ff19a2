import { parseCell } from './parse-cell';

/**
 * What a pasted cell is, before it is placed: blank (empty or a dash), a label (Chinese words,
 * possibly numbered: 1.属于国家秘密, （一）予以公开), or a value for a cell (a figure, or text the
 * cell will refuse). A number with a note (22（其中修订16件）) is a value, not a label.
 */
export type PastedKind = 'blank' | 'label' | 'value';

const HAN = /\p{Script=Han}/u;
// A number at the start that is not a numbering (1. 1、 1．): the cell states a figure.
const LEADING_FIGURE =
  /^\s*[+\-−]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?\s*(?:[^.．、\d０-９]|$)/u;

export function pastedKind(text: string): PastedKind {
  const parsed = parseCell(text, 'delta');
  if (parsed.ok && parsed.value === null) return 'blank';
  return HAN.test(text) && !LEADING_FIGURE.test(text) ? 'label' : 'value';
}

/** The block as a grid of kinds, every row as wide as the widest (Excel drops trailing blanks). */
export interface PastedBlock {
  width: number;
  text(row: number, column: number): string;
  kind(row: number, column: number): PastedKind;
}

export function pastedBlock(matrix: string[][]): PastedBlock {
  const kinds = matrix.map((row) => row.map(pastedKind));
  return {
    width: Math.max(0, ...matrix.map((row) => row.length)),
    text: (row, column) => matrix[row]?.[column] ?? '',
    kind: (row, column) => kinds[row]?.[column] ?? 'blank',
  };
}

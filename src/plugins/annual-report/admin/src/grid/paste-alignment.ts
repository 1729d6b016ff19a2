import type { GridLayout } from './grid-layout';
import { pastedBlock, type PastedBlock } from './pasted-block';
import {
  countHeaderRows,
  countLabelColumns,
  columnByHeader,
  range,
  rowByLabel,
} from './pasted-labels';

/** A cell of the pasted block, counted from 0 at its top left. */
export interface BlockCell {
  row: number;
  column: number;
}

export interface PlacedValue {
  row: string;
  column: string;
  text: string;
  from: BlockCell;
}

/** A value of the block that goes into no cell (blanks are not listed). */
export interface UnplacedValue {
  text: string;
  from: BlockCell;
}

/** Why a placement is a guess, for the editor to confirm. */
export type PasteDoubt =
  /** A label read as a template's label it resembles (a typo, another numbering). */
  | { kind: 'near-row'; text: string; row: string }
  | { kind: 'near-column'; text: string; column: string }
  /** Figures under a label that names no row or column of this table ('' for no label). */
  | { kind: 'unknown-row'; text: string }
  | { kind: 'unknown-column'; text: string }
  /** Label columns, or header rows, none of whose labels names a row (a column) of this table. */
  | { kind: 'unknown-labels' }
  | { kind: 'unknown-header' }
  /** A label that names several rows or columns alike. */
  | { kind: 'ambiguous'; text: string }
  /** A second row (column) of the block naming a row (column) already placed. */
  | { kind: 'repeated'; text: string }
  /** Figures on a heading row, which has no cells. */
  | { kind: 'heading'; row: string }
  /** Words (a label, most likely) that would go into a cell. */
  | { kind: 'words-in-cell'; text: string }
  /** Figures that fall outside the table. */
  | { kind: 'outside'; count: number };

export interface PastePlacement {
  placed: PlacedValue[];
  unplaced: UnplacedValue[];
  /** Columns of the block read as row labels, rows read as the header. */
  labelColumns: number;
  headerRows: number;
  /** Rows found by their labels (else from the focused row), columns by the header. */
  rowsByLabel: boolean;
  columnsByHeader: boolean;
  /** Empty when every value lands where the block itself says: it may be written as is. */
  doubts: PasteDoubt[];
}

type Doubt = (doubt: PasteDoubt) => void;
/** Where each row (column) of the block goes: a key of the table, or nowhere. */
type Targets = Map<number, string | null>;

/**
 * Where each value of a pasted block goes. A block copied from the official form (Excel, WPS)
 * often carries its row labels (one to three columns, group labels merged down as blanks) and
 * header rows (groups merged across as blanks): they are recognised by their text and each
 * figure is placed under its own row and column, whatever the focused cell. Without labels the
 * block is laid from the focused cell, as typed. Anything the block does not settle (labels
 * that are near misses or name nothing, figures off the table) is a doubt: the grid shows the
 * placement and asks before writing.
 */
export function alignPaste(
  matrix: string[][],
  layout: GridLayout,
  focus: { row: string; column: string },
): PastePlacement {
  const block = pastedBlock(matrix);
  const doubts: PasteDoubt[] = [];
  const doubt: Doubt = (next) => {
    if (!doubts.some((known) => JSON.stringify(known) === JSON.stringify(next))) doubts.push(next);
  };

  const headerRows = countHeaderRows(block, matrix.length, layout);
  const body = range(headerRows, matrix.length);
  const labelColumns = countLabelColumns(block, body, layout);
  const dataColumns = range(labelColumns, block.width);

  const rowsByLabel = labelColumns > 0 && rowsFromLabels(block, body, labelColumns, layout, doubt);
  if (labelColumns > 0 && !rowsByLabel) doubt({ kind: 'unknown-labels' });
  const rowOf = rowsByLabel || fromFocus(body, layout.inputRows, focus.row);

  const columnsByHeader =
    headerRows > 0 &&
    columnsFromHeader(block, body, dataColumns, headerRows, labelColumns, layout, doubt);
  if (headerRows > 0 && !columnsByHeader) doubt({ kind: 'unknown-header' });
  // A labelled block as wide as the table (or wider) starts at the form's first column,
  // whatever the focus.
  const columnOf =
    columnsByHeader ||
    fromFocus(
      dataColumns,
      layout.columnKeys,
      rowsByLabel && dataColumns.length >= layout.columnKeys.length
        ? layout.columnKeys[0]
        : focus.column,
    );

  const placed: PlacedValue[] = [];
  const unplaced: UnplacedValue[] = [];
  let outside = 0;
  for (const r of body) {
    for (const c of dataColumns) {
      const text = block.text(r, c);
      const row = rowOf.get(r);
      const column = columnOf.get(c);
      if (row && column) {
        placed.push({ row, column, text, from: { row: r, column: c } });
        // Words where a figure should be: the block's columns are not where they seem.
        if (block.kind(r, c) === 'label') doubt({ kind: 'words-in-cell', text });
      } else if (block.kind(r, c) !== 'blank') {
        unplaced.push({ text, from: { row: r, column: c } });
        // Off the edge, as opposed to under a label the doubts above already name.
        if ((!rowsByLabel && !row) || (!columnsByHeader && !column)) outside += 1;
      }
    }
  }
  if (outside > 0) doubt({ kind: 'outside', count: outside });

  return {
    placed,
    unplaced,
    labelColumns,
    headerRows,
    rowsByLabel: rowsByLabel !== false,
    columnsByHeader: columnsByHeader !== false,
    doubts,
  };
}

/** The block's rows (columns) laid over the table's keys from the focused one onwards. */
function fromFocus(indexes: number[], keys: string[], focus: string): Targets {
  const start = keys.indexOf(focus);
  return new Map(indexes.map((index, i) => [index, start < 0 ? null : (keys[start + i] ?? null)]));
}

/**
 * The rows the block's labels name, each once; false when no label names a row of the table.
 * Rows under a label that names nothing, a heading or a row already taken go nowhere.
 */
function rowsFromLabels(
  block: PastedBlock,
  body: number[],
  labelColumns: number,
  layout: GridLayout,
  doubt: Doubt,
): Targets | false {
  const hits = body.map((r) => ({ r, hit: rowByLabel(block, r, body, labelColumns, layout) }));
  if (!hits.some(({ hit }) => hit.kind === 'found' || hit.kind === 'near')) return false;
  const targets: Targets = new Map();
  const used = new Set<string>();
  for (const { r, hit } of hits) {
    const hasValues = range(labelColumns, block.width).some((c) => block.kind(r, c) !== 'blank');
    targets.set(r, null);
    if (hit.kind === 'none' || hit.kind === 'ambiguous') {
      if (hasValues)
        doubt({ kind: hit.kind === 'none' ? 'unknown-row' : 'ambiguous', text: hit.text });
      continue;
    }
    const row = layout.table.rows[hit.index];
    if (hit.kind === 'near') doubt({ kind: 'near-row', text: hit.text, row: row.key });
    if (row.heading) {
      if (hasValues) doubt({ kind: 'heading', row: row.key });
    } else if (used.has(row.key)) {
      if (hasValues) doubt({ kind: 'repeated', text: hit.text });
    } else {
      used.add(row.key);
      targets.set(r, row.key);
    }
  }
  return targets;
}

/**
 * The columns the block's header names, each once; false when it names no column of the table.
 * A label several columns share (table 四's 结果维持) that the groups above do not settle is read
 * as the first of them not yet taken: a guess, to be confirmed.
 */
function columnsFromHeader(
  block: PastedBlock,
  body: number[],
  dataColumns: number[],
  headerRows: number,
  labelColumns: number,
  layout: GridLayout,
  doubt: Doubt,
): Targets | false {
  const hits = dataColumns.map((c) => ({
    c,
    hit: columnByHeader(block, c, headerRows, labelColumns, layout),
  }));
  if (!hits.some(({ hit }) => hit.kind !== 'none')) return false;
  const targets: Targets = new Map();
  const used = new Set<string>();
  for (const { c, hit } of hits) {
    const hasValues = body.some((r) => block.kind(r, c) !== 'blank');
    targets.set(c, null);
    if (hit.kind === 'none') {
      if (hasValues) doubt({ kind: 'unknown-column', text: hit.text });
      continue;
    }
    const candidates = hit.kind === 'ambiguous' ? hit.indexes : [hit.index];
    const index = candidates.find((i) => !used.has(layout.table.columns[i].key));
    if (index === undefined) {
      if (hasValues) doubt({ kind: 'repeated', text: hit.text });
      continue;
    }
    const key = layout.table.columns[index].key;
    if (hit.kind !== 'found') doubt({ kind: 'near-column', text: hit.text, column: key });
    used.add(key);
    targets.set(c, key);
  }
  return targets;
}

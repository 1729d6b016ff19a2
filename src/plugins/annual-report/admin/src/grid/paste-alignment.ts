import { matchLabel, type LabelMatch } from '../../../shared/labels/match-label';
import type { GridLayout } from './grid-layout';
import { pastedBlock, type PastedBlock } from './pasted-block';

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

const accepted = (match: LabelMatch | undefined) =>
  match !== undefined && match.level !== 'near' ? match : undefined;

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
  const doubt = (next: PasteDoubt) => {
    if (!doubts.some((known) => JSON.stringify(known) === JSON.stringify(next))) doubts.push(next);
  };
  const rows = layout.table.rows;
  const columns = layout.table.columns;
  const rowLabels = rows.map((row) => row.number + row.label);
  const columnLabels = columns.map((column) => column.label);
  const headerWords = [
    ...new Set([...columns.flatMap((column) => column.group), layout.table.corner]),
  ].filter((label) => label !== '');

  const headerRows = countHeaderRows(block, matrix.length, rowLabels, columnLabels, headerWords);
  const body = range(headerRows, matrix.length);
  const labelColumns = countLabelColumns(block, body, layout);

  // Rows: by label when the label columns name rows of this table.
  const rowOf = new Map<number, string | null>();
  let rowsByLabel = false;
  if (labelColumns > 0) {
    const found = body.map((r) => ({ r, found: rowByLabel(block, r, body, labelColumns, layout) }));
    rowsByLabel = found.some(({ found: hit }) => hit.kind === 'row' || hit.kind === 'near');
    if (rowsByLabel) {
      const used = new Set<string>();
      for (const { r, found: hit } of found) {
        const hasValues = range(labelColumns, block.width).some(
          (c) => block.kind(r, c) !== 'blank',
        );
        if (hit.kind === 'none') {
          if (hasValues) doubt({ kind: 'unknown-row', text: hit.text });
          rowOf.set(r, null);
        } else if (hit.kind === 'ambiguous') {
          if (hasValues) doubt({ kind: 'ambiguous', text: hit.text });
          rowOf.set(r, null);
        } else {
          const row = rows[hit.index];
          if (hit.kind === 'near') doubt({ kind: 'near-row', text: hit.text, row: row.key });
          if (row.heading) {
            if (hasValues) doubt({ kind: 'heading', row: row.key });
            rowOf.set(r, null);
          } else if (used.has(row.key)) {
            if (hasValues) doubt({ kind: 'repeated', text: hit.text });
            rowOf.set(r, null);
          } else {
            used.add(row.key);
            rowOf.set(r, row.key);
          }
        }
      }
    } else {
      doubt({ kind: 'unknown-labels' });
    }
  }
  if (!rowsByLabel) {
    const top = layout.inputRows.indexOf(focus.row);
    body.forEach((r, i) => rowOf.set(r, top < 0 ? null : (layout.inputRows[top + i] ?? null)));
  }

  // Columns: by the header when it names columns of this table.
  const dataColumns = range(labelColumns, block.width);
  const columnOf = new Map<number, string | null>();
  const byHeader = dataColumns.map((c) => ({
    c,
    hit: headerRows > 0 ? columnByHeader(block, c, headerRows, labelColumns, layout) : undefined,
  }));
  const columnsByHeader = byHeader.some(
    ({ hit }) => hit?.kind === 'column' || hit?.kind === 'near',
  );
  const hasValues = (c: number) => body.some((r) => block.kind(r, c) !== 'blank');
  if (columnsByHeader) {
    const used = new Set<string>();
    for (const { c, hit } of byHeader) {
      if (!hit || hit.kind === 'none' || hit.kind === 'ambiguous') {
        if (hasValues(c)) {
          doubt({
            kind: hit?.kind === 'ambiguous' ? 'ambiguous' : 'unknown-column',
            text: hit?.text ?? '',
          });
        }
        columnOf.set(c, null);
        continue;
      }
      const key = columns[hit.index].key;
      if (hit.kind === 'near') doubt({ kind: 'near-column', text: hit.text, column: key });
      if (used.has(key)) {
        if (hasValues(c)) doubt({ kind: 'repeated', text: hit.text });
        columnOf.set(c, null);
      } else {
        used.add(key);
        columnOf.set(c, key);
      }
    }
  } else {
    if (headerRows > 0) doubt({ kind: 'unknown-header' });
    // A labelled block as wide as the table (or wider) starts at the form's first column,
    // whatever the focus.
    const left =
      rowsByLabel && dataColumns.length >= layout.columnKeys.length
        ? 0
        : layout.columnKeys.indexOf(focus.column);
    dataColumns.forEach((c, i) =>
      columnOf.set(c, left < 0 ? null : (layout.columnKeys[left + i] ?? null)),
    );
  }

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
        if ((!rowsByLabel && row === null) || (!columnsByHeader && column === null)) outside += 1;
      }
    }
  }
  if (outside > 0) doubt({ kind: 'outside', count: outside });

  return { placed, unplaced, labelColumns, headerRows, rowsByLabel, columnsByHeader, doubts };
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * Leading rows without values, above the first row whose label names a row of the table: the
 * header (column labels, their groups, the corner), recognised or not.
 */
function countHeaderRows(
  block: PastedBlock,
  height: number,
  rowLabels: string[],
  columnLabels: string[],
  headerWords: string[],
): number {
  let count = 0;
  for (let r = 0; r < height; r += 1) {
    const texts = range(0, block.width)
      .filter((c) => block.kind(r, c) !== 'blank')
      .map((c) => ({ text: block.text(r, c), kind: block.kind(r, c) }));
    if (texts.length === 0 || texts.some(({ kind }) => kind === 'value')) break;
    const names = (text: string) =>
      accepted(matchLabel(text, columnLabels)) ?? accepted(matchLabel(text, headerWords));
    const [first, ...rest] = texts;
    const namesRow = accepted(matchLabel(first.text, rowLabels)) !== undefined;
    if (namesRow && !rest.some(({ text }) => names(text))) break;
    count += 1;
  }
  return count;
}

// A 序号 cell some sheets print before the labels: 1, 2, (3), 4.
const INDEX = /^\s*[（(]?\d{1,3}[）)]?[、.．]?\s*$/;

/**
 * Leading columns holding labels and no values in the body, after any 序号 columns. Blank
 * columns after them are label columns too when the form merges its labels over them (table 三
 * prints up to three label columns) and the figures then fill the table's width exactly.
 */
function countLabelColumns(block: PastedBlock, body: number[], layout: GridLayout): number {
  const noValues = (c: number) => body.every((r) => block.kind(r, c) !== 'value');
  const numbering = (c: number) =>
    body.every((r) => block.kind(r, c) !== 'value' || INDEX.test(block.text(r, c)));
  let lead = 0;
  while (lead < block.width && !noValues(lead) && numbering(lead)) lead += 1;
  let free = lead;
  while (free < block.width && noValues(free)) free += 1;
  let labelled = 0;
  for (let c = lead; c < free; c += 1) {
    if (body.some((r) => block.kind(r, c) === 'label')) labelled = c + 1;
  }
  if (labelled === 0) return 0;
  const mergedMax = Math.min(free, Math.max(layout.labelColumns, labelled));
  for (let count = labelled; count <= mergedMax; count += 1) {
    if (block.width - count === layout.columnKeys.length) return count;
  }
  return labelled;
}

type LabelHit =
  | { kind: 'row'; index: number; text: string }
  | { kind: 'column'; index: number; text: string }
  | { kind: 'near'; index: number; text: string }
  | { kind: 'ambiguous'; text: string }
  | { kind: 'none'; text: string };

/** The nearest text at or above `r` in label column `c`: a group label merged down. */
const carriedDown = (block: PastedBlock, r: number, c: number, body: number[]) => {
  for (let up = r; up >= body[0]; up -= 1) {
    if (block.kind(up, c) === 'label') return block.text(up, c);
  }
  return '';
};

/**
 * The row a body row's labels name: its rightmost own label first (the group labels to its left
 * are merged down from above), then the others, then all of them run together (a label split
 * over two cells). Among rows of the same label, the one under the headings the row sits under.
 */
function rowByLabel(
  block: PastedBlock,
  r: number,
  body: number[],
  labelColumns: number,
  layout: GridLayout,
): LabelHit {
  const rows = layout.table.rows;
  const labels = rows.map((row) => row.number + row.label);
  const own = range(0, labelColumns)
    .filter((c) => block.kind(r, c) === 'label')
    .map((c) => ({ c, text: block.text(r, c) }));
  const tries = [...own].reverse();
  if (own.length > 1) tries.push({ c: own[0].c, text: own.map(({ text }) => text).join('') });

  let near: LabelHit | undefined;
  for (const { c, text } of tries) {
    const match = matchLabel(text, labels);
    if (!match) continue;
    const context = range(0, c).map((left) => carriedDown(block, r, left, body));
    const index = pickByGroups(match.indexes, context, (i) => headingsAbove(rows, i));
    if (index === undefined) return { kind: 'ambiguous', text };
    if (match.level !== 'near') return { kind: 'row', index, text };
    near ??= { kind: 'near', index, text };
  }
  return near ?? { kind: 'none', text: own.map(({ text }) => text).join(' ') };
}

/** Labels of the heading rows a row sits under, outermost first. */
function headingsAbove(rows: GridLayout['table']['rows'], index: number): string[] {
  const above: string[] = [];
  let level = rows[index].level;
  for (let i = index - 1; i >= 0 && level > 0; i -= 1) {
    if (rows[i].level < level) {
      above.unshift(rows[i].number + rows[i].label);
      level = rows[i].level;
    }
  }
  return above;
}

/** The one candidate most of whose groups the context names, or undefined when that is a tie. */
function pickByGroups(
  candidates: number[],
  context: string[],
  groupsOf: (index: number) => string[],
): number | undefined {
  if (candidates.length === 1) return candidates[0];
  const score = (index: number) =>
    groupsOf(index).filter((group) =>
      context.some((text) => text !== '' && accepted(matchLabel(text, [group]))),
    ).length;
  const scores = candidates.map(score);
  const best = Math.max(...scores);
  const winners = candidates.filter((_, i) => scores[i] === best);
  return winners.length === 1 ? winners[0] : undefined;
}

/**
 * The column a block column's header names: its lowest header text (a column label merged down
 * leaves blanks under it), told apart from columns of the same label by the group labels above
 * it, each read from its own cell or merged across from the left.
 */
function columnByHeader(
  block: PastedBlock,
  c: number,
  headerRows: number,
  labelColumns: number,
  layout: GridLayout,
): LabelHit {
  const columns = layout.table.columns;
  let leafRow = -1;
  for (let r = headerRows - 1; r >= 0 && leafRow < 0; r -= 1) {
    if (block.kind(r, c) === 'label') leafRow = r;
  }
  if (leafRow < 0) return { kind: 'none', text: '' };
  const text = block.text(leafRow, c);
  const match = matchLabel(
    text,
    columns.map((column) => column.label),
  );
  if (!match) return { kind: 'none', text };
  const context = range(0, leafRow).map((r) => {
    for (let left = c; left >= labelColumns; left -= 1) {
      if (block.kind(r, left) === 'label') return block.text(r, left);
    }
    return '';
  });
  const index = pickByGroups(match.indexes, context, (i) => columns[i].group);
  if (index === undefined) return { kind: 'ambiguous', text };
  return match.level === 'near' ? { kind: 'near', index, text } : { kind: 'column', index, text };
}

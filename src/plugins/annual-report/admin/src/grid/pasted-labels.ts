import { matchLabel, type LabelMatch } from '../../../shared/labels/match-label';
import type { GridLayout } from './grid-layout';
import type { PastedBlock } from './pasted-block';

/**
 * What the labels of a pasted block name: which of its rows are the header and which of its
 * columns the row labels, and the row or column of the table each label names. The form merges
 * cells; a copy of a merged cell holds its text in its first cell and blanks in the others.
 */

const accepted = (match: LabelMatch | undefined) =>
  match !== undefined && match.level !== 'near' ? match : undefined;

export const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * Leading rows without values, above the first row whose label names a row of the table: the
 * header (column labels, their groups, the corner), recognised or not.
 */
export function countHeaderRows(block: PastedBlock, height: number, layout: GridLayout): number {
  const { rows, columns, corner } = layout.table;
  const rowLabels = rows.map((row) => row.number + row.label);
  const columnLabels = columns.map((column) => column.label);
  const headerWords = [...new Set([...columns.flatMap((column) => column.group), corner])].filter(
    (label) => label !== '',
  );
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
export function countLabelColumns(block: PastedBlock, body: number[], layout: GridLayout): number {
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

/** What a label names: one row or column (`near`: by a near match), several alike, or none. */
export type LabelHit =
  | { kind: 'found'; index: number; text: string }
  | { kind: 'near'; index: number; text: string }
  | { kind: 'ambiguous'; indexes: number[]; text: string }
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
export function rowByLabel(
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
    if (index === undefined) return { kind: 'ambiguous', indexes: match.indexes, text };
    if (match.level !== 'near') return { kind: 'found', index, text };
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
export function columnByHeader(
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
  if (index === undefined) return { kind: 'ambiguous', indexes: match.indexes, text };
  return { kind: match.level === 'near' ? 'near' : 'found', index, text };
}

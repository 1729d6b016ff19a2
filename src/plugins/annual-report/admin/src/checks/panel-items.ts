import isEqual from 'lodash/isEqual';
import keyBy from 'lodash/keyBy';
import {
  isGroup,
  listedFindings,
  type Finding,
  type FindingPath,
} from '../../../shared/contracts/checks';

/**
 * The checks panel's list: what stops publication first, and what an editor fixes by reading
 * first — sums, structure and prose — before blank cells, which are found by looking at the
 * table; warnings last. A table's blank cells are one item (the engine's group finding), not one
 * per cell, so a half-filled table does not bury the one wrong total.
 */

export interface PanelItem {
  /** Unique in the list, stable while the finding stays. */
  key: string;
  /** The finding shown; for a table's blank cells, the group finding. */
  finding: Finding;
  /** The blank cells a group item stands for, in the table's order. */
  blanks?: FindingPath[];
}

export interface PanelCounts {
  errors: number;
  warnings: number;
}

const pathKey = (path: FindingPath) => JSON.stringify(path);

/** A V1 on one cell: the cell is blank (V1 also says a whole table is missing). */
const isBlankCell = (finding: Finding) =>
  finding.rule === 'V1' &&
  finding.path.length === 5 &&
  finding.path[0] === 'tables' &&
  finding.path[2] === 'cells';

function rank(finding: Finding): number {
  if (finding.severity !== 'error') return 2;
  return isGroup(finding) || isBlankCell(finding) ? 1 : 0;
}

export function panelItems(findings: Finding[]): PanelItem[] {
  const seen = new Map<string, number>();
  const items: PanelItem[] = [];
  for (const finding of listedFindings(findings)) {
    const at = pathKey(finding.path);
    const base = `${finding.rule}${at}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    items.push({
      key: repeat === 0 ? base : `${base}#${repeat}`,
      finding,
      ...(isGroup(finding) ? { blanks: finding.cells } : {}),
    });
  }
  // Array sort is stable: within a rank the engine's order (the template's) is kept.
  return items.sort((a, b) => rank(a.finding) - rank(b.finding));
}

/**
 * The items, each one equal to an item of `previous` (same key, finding and blank cells) replaced
 * by that item: the list then draws again only the items that changed.
 */
export function keepUnchanged(previous: PanelItem[], next: PanelItem[]): PanelItem[] {
  const before = keyBy(previous, 'key');
  return next.map((item) => {
    const old = before[item.key];
    return old !== undefined && isEqual(old, item) ? old : item;
  });
}

/** What the panel's statement counts: the items listed, as the stored summary counts them. */
export function itemCounts(items: PanelItem[]): PanelCounts {
  let errors = 0;
  for (const item of items) if (item.finding.severity === 'error') errors += 1;
  return { errors, warnings: items.length - errors };
}

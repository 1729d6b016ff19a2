import * as React from 'react';
import isEqual from 'lodash/isEqual';
import type { Finding } from '../../../shared/contracts/checks';
import { cellMarks, type CellMark } from '../../../shared/layout/cell-marks';

export type RowMarks = Record<string, Record<string, CellMark>>;

/**
 * The findings' marks by row and column. Each row's object is kept while its marks are unchanged,
 * so that a memoised row skips rendering when the findings of other rows change.
 */
export function useRowMarks(findings: Finding[], name: string, zh: boolean): RowMarks {
  const previous = React.useRef<RowMarks>({});
  return React.useMemo(() => {
    const byRow: RowMarks = {};
    const prefix = `${name}.`;
    for (const [path, mark] of cellMarks(findings, name, zh)) {
      const [row, column] = path.slice(prefix.length).split('.');
      (byRow[row] ??= {})[column] = mark;
    }
    for (const row of Object.keys(byRow)) {
      const before = previous.current[row];
      if (before && isEqual(before, byRow[row])) byRow[row] = before;
    }
    previous.current = byRow;
    return byRow;
  }, [findings, name, zh]);
}

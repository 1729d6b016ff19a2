import { isTotalFinding } from '../../../shared/checks/total-finding';
import type { Finding, FindingPath } from '../../../shared/contracts/checks';
import type { Cells } from '../../../shared/contracts/report';
import { cellState } from '../../../shared/checks/cell-values';
import type { CellKind } from '../../../shared/contracts/template';
import { isBlank, withValues } from './cells';

/**
 * "Fill totals": a blank total whose parts are filled gets the value its sum rule gives it
 * (the rule's finding carries it as `expected`). Only error rules count: they are the sums the
 * form defines (合计, 总计, 结转); a warning's `expected` (last year's figure, an identity that
 * revisions may break) is a hint, not a total to write.
 */

export interface FillTarget {
  /** Where the table's cells are in the report: ['tables', 4, 'cells']. */
  cellsPath: FindingPath;
  /** The cell's kind, so that a value it cannot hold (a negative count) is not written. */
  kind: (row: string, column: string) => CellKind;
}

export interface FillResult {
  cells: Cells;
  filled: number;
}

/** The row and column of a finding on one of the table's cells, or undefined. */
export function findingCell(
  finding: Finding,
  cellsPath: FindingPath,
): { row: string; column: string } | undefined {
  const { path } = finding;
  if (path.length !== cellsPath.length + 2) return undefined;
  for (let i = 0; i < cellsPath.length; i += 1) {
    if (String(path[i]) !== String(cellsPath[i])) return undefined;
  }
  return { row: String(path[cellsPath.length]), column: String(path[cellsPath.length + 1]) };
}

/** One pass: every blank cell of the table with a total finding gets its expected value. */
export function fillFromFindings(
  cells: Cells,
  findings: Finding[],
  target: FillTarget,
): FillResult {
  const changes = new Map<string, { row: string; column: string; value: number }>();
  for (const finding of findings) {
    if (!isTotalFinding(finding)) continue;
    const cell = findingCell(finding, target.cellsPath);
    if (!cell || !isBlank(cells[cell.row]?.[cell.column])) continue;
    const id = `${cell.row}\u0000${cell.column}`;
    // Two rules that disagree on one blank cell (a row sum and a column sum) leave it to the editor.
    const earlier = changes.get(id);
    if (earlier && earlier.value !== finding.expected) {
      changes.set(id, { ...earlier, value: NaN });
      continue;
    }
    if (cellState(finding.expected, target.kind(cell.row, cell.column)) !== 'ok') continue;
    changes.set(id, { ...cell, value: finding.expected });
  }
  const writes = [...changes.values()].filter((change) => !Number.isNaN(change.value));
  return { cells: writes.length > 0 ? withValues(cells, writes) : cells, filled: writes.length };
}

/**
 * Fills totals until nothing changes: a total of totals (（七）总计 of 三's rows, 结转 from 总计)
 * only gets its value once the totals under it are filled, so the rules are run again each round.
 */
export function fillTotals(
  cells: Cells,
  check: (cells: Cells) => Finding[],
  target: FillTarget,
  maxRounds = 20,
): FillResult {
  let current = cells;
  let filled = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    const pass = fillFromFindings(current, check(current), target);
    if (pass.filled === 0) break;
    current = pass.cells;
    filled += pass.filled;
  }
  return { cells: current, filled };
}

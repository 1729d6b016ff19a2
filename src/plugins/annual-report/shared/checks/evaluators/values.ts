import type { Finding, FindingPath } from '../../contracts/checks';
import type { CellKind, Localized, Template } from '../../contracts/template';
import type { Check } from '../check';
import type { CellSlots } from '../cell-slots';
import { cellState, type CellState } from '../cell-values';
import type { SumTargets } from '../sum-targets';
import { cellDecimals, cellKind, cellLabel, type TableInfos } from '../table-info';
import { CELL_LIMITS } from '../../contracts/report-limits';
import { mapValues } from 'lodash';
import { findingOf } from '../finding-of';
import { VALUE_RULES, type ValueRuleId } from '../value-rules';
import { say } from '../messages';

/**
 * V1–V6, implied by the template rather than declared: every non-heading cell of every template
 * table must hold a number of its kind. A blank is not a zero: 0 says "none", blank says "not filled".
 *
 * A table's blank cells are also grouped into one V1 finding on the table (when there are two or
 * more), listing their paths in `cells`: a report that left a column blank then reads as one item
 * in the panel and the publish refusal, while each cell keeps its own finding to be marked by.
 * A blank total that a sum rule has already given its value (an error) gets no V1 of its own.
 */

interface ValueCell {
  row: string;
  column: string;
  kind: CellKind;
  decimals: number;
  unit: string;
  label: string;
  slot: number;
  /** What the cell is the sum of, when a rule computes it (it is then never "0 when none"). */
  sumOf?: Localized;
}

type Problem = Exclude<CellState, 'ok'>;

const make = mapValues(VALUE_RULES, findingOf);

const RULE: Record<Problem, ValueRuleId> = {
  blank: 'V1',
  'not-a-number': 'V2',
  negative: 'V3',
  'not-an-integer': 'V4',
  'out-of-range': 'V5',
  'too-many-decimals': 'V6',
};

function message(
  problem: Problem,
  label: string,
  shown: string,
  { decimals, unit }: ValueCell,
): Finding['message'] {
  switch (problem) {
    case 'blank':
      return say('blank', label);
    case 'not-a-number':
      return say('notANumber', label, shown);
    case 'negative':
      return say('negative', label, shown);
    case 'not-an-integer':
      return say('notAnInteger', label, shown);
    case 'out-of-range':
      return say('outOfRange', label, shown, CELL_LIMITS.maxCount, CELL_LIMITS.maxMoney);
    case 'too-many-decimals':
      return say('tooManyDecimals', label, shown, unit, decimals);
  }
}

function shownValue(raw: unknown): string {
  return typeof raw === 'string' ? `“${raw}”` : String(raw);
}

function actualValue(raw: unknown): number | string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  return typeof raw === 'string' ? raw : String(raw);
}

export function compileValueChecks(
  template: Template,
  infos: TableInfos,
  slots: CellSlots,
  targets: SumTargets,
): Check {
  const tables = template.tables.map((table) => {
    const cells: ValueCell[] = [];
    for (const row of table.rows) {
      if (row.heading) continue;
      for (const column of table.columns) {
        const kind = cellKind(infos, table.key, row.key, column.key);
        const decimals = cellDecimals(infos, table.key, column.key);
        const slot = slots.slot(table.key, row.key, column.key, kind, decimals);
        cells.push({
          row: row.key,
          column: column.key,
          kind,
          decimals,
          unit: column.unit ?? table.unit ?? '元',
          label: cellLabel(infos, table.key, row.key, column.key),
          slot,
          sumOf: targets.get(slot)?.title,
        });
      }
    }
    return { key: table.key, title: table.title, cells };
  });

  return ({ view, values, blankTotals, findings }) => {
    for (const table of tables) {
      const index = view.tableIndex(table.key);
      if (index < 0) {
        findings.push(
          make.V1({
            path: ['tables'],
            message: say('missingTable', table.title),
            expected: table.key,
            actual: null,
          }),
        );
        continue;
      }
      const blanks: FindingPath[] = [];
      const at = findings.length;
      for (const cell of table.cells) {
        // Valid cells were read into their slot; only the rest are looked at again, to say why.
        if (!Number.isNaN(values[cell.slot])) continue;
        const raw = view.cell(table.key, cell.row, cell.column);
        const state = cellState(raw, cell.kind, cell.decimals);
        if (state === 'ok') continue;
        if (state === 'blank' && blankTotals[cell.slot] === 2) continue;
        const path = ['tables', index, 'cells', cell.row, cell.column];
        if (state === 'blank') blanks.push(path);
        findings.push(
          make[RULE[state]]({
            path,
            message:
              state === 'blank' && cell.sumOf
                ? say('blankTotal', cell.label, cell.sumOf)
                : message(state, cell.label, shownValue(raw), cell),
            actual: actualValue(raw),
          }),
        );
      }
      if (blanks.length < 2) continue;
      // Ahead of the cells it stands for, so that a list shows the group first.
      findings.splice(
        at,
        0,
        make.V1({
          path: ['tables', index],
          message: say('blankCells', table.title, blanks.length),
          cells: blanks,
        }),
      );
    }
  };
}

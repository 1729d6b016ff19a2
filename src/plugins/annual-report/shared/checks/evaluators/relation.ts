import type { Finding } from '../../contracts/checks';
import type { Check, CheckContext } from '../check';
import type { RelationRule } from '../../contracts/rules';
import type { TableInfos } from '../table-info';
import type { CellSlots } from '../cell-slots';
import type { SumTargets } from '../sum-targets';
import { compileTerm, roundSum, type CompiledTerm } from '../terms';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/**
 * Σ left (op) Σ right, expanded over `each` at compile time.
 *
 * Arithmetic goes through blanks: a report that printed its 总计 column blank has already proved
 * its totals by the parts it filled in, so a blank reads as 0 (V1 still reports it). An instance is
 * skipped only when it has nothing to compare: no cell besides the target filled in, an invalid
 * cell (V2–V6 report it), a blank total among the parts (its own rule reports it, and 0 would
 * blame the cells beside it), or a blank of last year's report (that report answers for its own
 * blanks, and one in another format lacks the cell altogether).
 */

interface Instance {
  left: CompiledTerm[];
  right: CompiledTerm[];
}

const OK: Record<RelationRule['op'], (left: number, right: number) => boolean> = {
  '=': (left, right) => left === right,
  '<=': (left, right) => left <= right,
  '>=': (left, right) => left >= right,
};

function expand(rule: RelationRule, infos: TableInfos, slots: CellSlots): Instance[] {
  const rows = rule.each?.rows ?? [''];
  const columns = rule.each?.columns ?? [''];
  const instances: Instance[] = [];
  for (const row of rows) {
    for (const column of columns) {
      instances.push({
        left: rule.left.map((term) => compileTerm(term, infos, slots, row, column)),
        right: rule.right.map((term) => compileTerm(term, infos, slots, row, column)),
      });
    }
  }
  return instances;
}

/** One instance's sums, read by `readInstance`; `skip` when it has nothing to compare. */
interface Reading {
  skip: boolean;
  left: number;
  right: number;
  targetBlank: boolean;
  otherBlank: boolean;
}

export function compileRelation(
  rule: RelationRule,
  infos: TableInfos,
  slots: CellSlots,
  targets: SumTargets,
): Check {
  const finding = findingOf(rule);
  const instances = expand(rule, infos, slots);
  const holds = OK[rule.op];
  const reading: Reading = {
    skip: false,
    left: 0,
    right: 0,
    targetBlank: false,
    otherBlank: false,
  };
  let otherFilled = false;

  /** Σ sign × value of one side's terms from `first` on; NaN to skip the instance. */
  const readSide = (terms: CompiledTerm[], first: number, context: CheckContext): number => {
    let sum = 0;
    for (let i = first; i < terms.length; i += 1) {
      const term = terms[i];
      const values = term.previousYear ? context.previousValues : context.values;
      if (!values) return NaN;
      const value = values[term.slot];
      if (!Number.isNaN(value)) {
        otherFilled = true;
        sum += term.sign * value;
        continue;
      }
      if (term.previousYear || !context.blanks[term.slot]) return NaN;
      if (targets.has(term.slot)) {
        // A blank total among the parts reads as the sum of its own parts, when they say.
        const derived = context.derived[term.slot];
        if (Number.isNaN(derived)) return NaN;
        otherFilled = true;
        sum += term.sign * derived;
        continue;
      }
      reading.otherBlank = true;
    }
    return sum;
  };

  const read = (instance: Instance, context: CheckContext): Reading => {
    const target = instance.left[0];
    reading.skip = true;
    reading.otherBlank = false;
    otherFilled = false;
    const targetValue = context.values[target.slot];
    reading.targetBlank = Number.isNaN(targetValue);
    if (reading.targetBlank && !context.blanks[target.slot]) return reading;
    const left = readSide(instance.left, 1, context);
    if (Number.isNaN(left)) return reading;
    const right = readSide(instance.right, 0, context);
    if (Number.isNaN(right) || !otherFilled) return reading;
    reading.left = left + (reading.targetBlank ? 0 : target.sign * targetValue);
    reading.right = right;
    reading.skip = false;
    return reading;
  };

  /**
   * A finding on the target cell. A value it cannot hold (below 0) is never suggested: the
   * finding then says that the other cells must change — and that blanks among them are the
   * first thing to fill in.
   */
  const push = (
    context: CheckContext,
    target: CompiledTerm,
    expected: number,
    actual: number | null,
    otherBlank: boolean,
    message: () => Finding['message'],
  ) =>
    context.findings.push(
      finding({
        path: ['tables', context.view.tableIndex(target.table), 'cells', target.row, target.column],
        ...(expected < 0
          ? { message: say('relationNoValue', target.label, rule.title, otherBlank, actual) }
          : { message: message(), expected }),
        actual,
      }),
    );

  const report = (
    instance: Instance,
    { left, right, otherBlank }: Reading,
    context: CheckContext,
  ) => {
    const target = instance.left[0];
    const actual = context.values[target.slot];
    // The value left[0] would need for the relation to hold, the other terms unchanged.
    const expected = roundSum(target.sign * (right - (left - target.sign * actual)));
    push(context, target, expected, actual, otherBlank, () =>
      say('relationFails', target.label, rule.op, expected, rule.title, otherBlank, actual),
    );
  };

  /** A blank total beside filled parts: say what it should hold, once per cell. */
  const reportBlank = (
    instance: Instance,
    { left, right, otherBlank }: Reading,
    context: CheckContext,
  ) => {
    const target = instance.left[0];
    if (context.blankTotals[target.slot]) return;
    context.blankTotals[target.slot] = rule.severity === 'error' ? 2 : 1;
    const expected = roundSum(target.sign * (right - left));
    push(context, target, expected, null, otherBlank, () =>
      say('relationBlankTotal', target.label, expected, rule.title, otherBlank),
    );
  };

  return (context) => {
    for (const instance of instances) {
      const result = read(instance, context);
      if (result.skip) continue;
      if (result.targetBlank) {
        // Only an equation gives the value a blank cell should hold; V1 reports the rest.
        if (rule.op === '=') reportBlank(instance, result, context);
      } else if (!holds(roundSum(result.left), roundSum(result.right))) {
        report(instance, result, context);
      }
    }
  };
}

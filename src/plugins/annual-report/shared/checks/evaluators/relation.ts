import type { Finding } from '../../contracts/checks';
import type { Check, CheckContext } from '../check';
import type { RelationRule } from '../rule-types';
import type { TableInfos } from '../table-info';
import type { CellSlots } from '../cell-slots';
import { compileTerm, roundSum, sumTerms, type CompiledTerm } from '../terms';

/** Σ left (op) Σ right, expanded over `each` at compile time. */

interface Instance {
  left: CompiledTerm[];
  right: CompiledTerm[];
}

const OK: Record<RelationRule['op'], (left: number, right: number) => boolean> = {
  '=': (left, right) => left === right,
  '<=': (left, right) => left <= right,
  '>=': (left, right) => left >= right,
};

const VERB: Record<RelationRule['op'], { 'zh-Hans': string; en: string }> = {
  '=': { 'zh-Hans': '应为', en: 'should be' },
  '<=': { 'zh-Hans': '应不大于', en: 'should be at most' },
  '>=': { 'zh-Hans': '应不小于', en: 'should be at least' },
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

export function compileRelation(rule: RelationRule, infos: TableInfos, slots: CellSlots): Check {
  const instances = expand(rule, infos, slots);
  const holds = OK[rule.op];
  const verb = VERB[rule.op];

  const report = (instance: Instance, left: number, right: number, context: CheckContext): void => {
    const target = instance.left[0];
    const actual = context.values[target.slot];
    // The value left[0] would need for the relation to hold, the other terms unchanged.
    const expected = roundSum(target.sign * (right - (left - target.sign * actual)));
    const message: Finding['message'] = {
      'zh-Hans': `「${target.label}」${verb['zh-Hans']} ${expected}（${rule.title['zh-Hans']}），实为 ${actual}`,
      en: `“${target.label}” ${verb.en} ${expected} (${rule.title.en}), but is ${actual}`,
    };
    context.findings.push({
      rule: rule.id,
      severity: rule.severity,
      path: ['tables', context.view.tableIndex(target.table), 'cells', target.row, target.column],
      message,
      expected,
      actual,
    });
  };

  return (context) => {
    for (const instance of instances) {
      const left = sumTerms(instance.left, context);
      if (left === undefined) continue;
      const right = sumTerms(instance.right, context);
      if (right === undefined) continue;
      if (!holds(roundSum(left), roundSum(right))) report(instance, left, right, context);
    }
  };
}

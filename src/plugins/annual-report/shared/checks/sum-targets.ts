import type { Localized } from '../templates/types';
import type { CellSlots } from './cell-slots';
import type { Rule } from './rule-types';
import { compileTerm } from './terms';
import type { TableInfos } from './table-info';

/**
 * The cells that an error `=` relation computes from others (totals, the carry-forward), by slot,
 * with what they are the sum of. Such a cell left blank is not "none" but "not worked out": V1 does
 * not advise 0 for it, and a sum that needs it waits for its value instead of reading 0.
 */
export type SumTargets = Map<number, Localized>;

export function sumTargets(rules: Rule[], infos: TableInfos, slots: CellSlots): SumTargets {
  const targets: SumTargets = new Map();
  for (const rule of rules) {
    if (rule.kind !== 'relation' || rule.op !== '=' || rule.severity !== 'error') continue;
    const target = rule.left[0];
    if (target.previousYear) continue;
    for (const row of rule.each?.rows ?? ['']) {
      for (const column of rule.each?.columns ?? ['']) {
        const { slot } = compileTerm(target, infos, slots, row, column);
        if (!targets.has(slot)) targets.set(slot, rule.title);
      }
    }
  }
  return targets;
}

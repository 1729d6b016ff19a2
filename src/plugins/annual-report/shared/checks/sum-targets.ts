import type { Localized } from '../contracts/template';
import type { CellSlots } from './cell-slots';
import type { Rule } from '../contracts/rules';
import { compileTerm } from './terms';
import type { TableInfos } from './table-info';

/**
 * The cells that an error `=` relation computes from others (totals, the carry-forward), by slot,
 * with what they are the sum of. Such a cell left blank is not "none" but "not worked out": V1 does
 * not advise 0 for it, and a sum or a prose figure that needs it reads the sum of its parts.
 */
export interface SumTarget {
  title: Localized;
  /** The cells that make it (this year's only; none when the rule reads last year's report). */
  parts: Array<{ slot: number; sign: 1 | -1 }>;
}

export type SumTargets = Map<number, SumTarget>;

export function sumTargets(rules: Rule[], infos: TableInfos, slots: CellSlots): SumTargets {
  const targets: SumTargets = new Map();
  for (const rule of rules) {
    if (rule.kind !== 'relation' || rule.op !== '=' || rule.severity !== 'error') continue;
    const [target, ...others] = rule.left;
    if (target.previousYear) continue;
    const crossYear = [...others, ...rule.right].some((term) => term.previousYear);
    for (const row of rule.each?.rows ?? ['']) {
      for (const column of rule.each?.columns ?? ['']) {
        const { slot, sign } = compileTerm(target, infos, slots, row, column);
        if (targets.has(slot)) continue;
        const compile = (term: (typeof others)[number], flip: 1 | -1) => {
          const part = compileTerm(term, infos, slots, row, column);
          return { slot: part.slot, sign: (part.sign * flip * sign) as 1 | -1 };
        };
        const parts = crossYear
          ? []
          : [
              ...rule.right.map((term) => compile(term, 1)),
              ...others.map((term) => compile(term, -1)),
            ];
        targets.set(slot, { title: rule.title, parts });
      }
    }
  }
  return targets;
}

/**
 * The cells' values with every blank sum target given the sum of its parts, where a part is filled
 * (blank parts read as 0, as the relations read them): a report that printed its 总计 column blank
 * is still checked by the totals its parts make. NaN where neither the cell nor its parts say.
 */
export function derivedValues(
  values: Float64Array,
  blanks: Uint8Array,
  targets: SumTargets,
): Float64Array {
  const derived = values.slice();
  for (const [slot, { parts }] of targets) {
    if (!blanks[slot] || parts.length === 0) continue;
    let sum = 0;
    let filled = false;
    for (const part of parts) {
      const value = values[part.slot];
      if (Number.isNaN(value)) {
        if (!blanks[part.slot] || targets.has(part.slot)) {
          sum = NaN;
          break;
        }
        continue;
      }
      filled = true;
      sum += part.sign * value;
    }
    if (filled) derived[slot] = sum;
  }
  return derived;
}

import type { CellSlots } from '../cell-slots';
import type { Check } from '../check';
import type { ProseRule } from '../../contracts/rules';
import type { TableInfos } from '../table-info';
import { compileClaims } from './prose-claims';
import { compilePhrases } from './prose-phrases';

/**
 * N1: a number the prose states must equal the table cells it restates. The template's vocabulary
 * reads every sentence; its fixed phrases, if any, catch wording the vocabulary does not know.
 */
export function compileProse(rule: ProseRule, infos: TableInfos, slots: CellSlots): Check {
  const checks: Check[] = [];
  if (rule.vocabulary) checks.push(compileClaims(rule, rule.vocabulary, infos, slots));
  if (rule.phrases?.length) checks.push(compilePhrases(rule, rule.phrases, infos, slots));
  return (context) => {
    for (const check of checks) check(context);
  };
}

import type { Template } from '../contracts/template';
import { CellSlots } from './cell-slots';
import type { Check } from './check';
import { compileContact } from './evaluators/contact';
import { compileContent } from './evaluators/content';
import { compileCoverage } from './evaluators/coverage';
import { compileDeadline } from './evaluators/deadline';
import { compileProse } from './evaluators/prose';
import { compileRelation } from './evaluators/relation';
import { compileSections } from './evaluators/sections';
import { compileSimilarity } from './evaluators/similarity';
import { compileTableStructure } from './evaluators/table-structure';
import { compileValueChecks } from './evaluators/values';
import { compileYear } from './evaluators/year';
import type { Rule } from '../contracts/rules';
import { sumTargets, type SumTargets } from './sum-targets';
import { tableInfos, type TableInfos } from './table-info';

/**
 * A template's rules compiled once (each expanded, labels and kinds looked up, cells given slots,
 * regexes built) and kept for as long as the template object lives, so that checking on every
 * keystroke stays cheap.
 */

export interface CompiledTemplate {
  slots: CellSlots;
  targets: SumTargets;
  checks: Check[];
}

const cache = new WeakMap<Template, CompiledTemplate>();

function compileRule(
  rule: Rule,
  template: Template,
  infos: TableInfos,
  slots: CellSlots,
  targets: SumTargets,
): Check {
  switch (rule.kind) {
    case 'relation':
      return compileRelation(rule, infos, slots, targets);
    case 'prose':
      return compileProse(rule, infos, slots);
    case 'sections':
      return compileSections(rule, template);
    case 'year':
      return compileYear(rule);
    case 'deadline':
      return compileDeadline(rule);
    case 'similarity':
      return compileSimilarity(rule);
    case 'contact':
      return compileContact(rule);
    case 'content':
      return compileContent(rule, template);
    case 'coverage':
      return compileCoverage(rule);
  }
}

export function compileTemplate(template: Template): CompiledTemplate {
  let compiled = cache.get(template);
  if (!compiled) {
    const infos = tableInfos(template);
    const slots = new CellSlots();
    const targets = sumTargets(template.rules, infos, slots);
    // The value checks come last: a blank total that a sum rule has given its value needs no V1.
    const checks = [
      compileTableStructure(template),
      ...template.rules.map((rule) => compileRule(rule, template, infos, slots, targets)),
      compileValueChecks(template, infos, slots, targets),
    ];
    compiled = { slots, targets, checks };
    cache.set(template, compiled);
  }
  return compiled;
}

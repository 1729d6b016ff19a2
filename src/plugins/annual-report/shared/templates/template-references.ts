import type { IssueSink, Path } from './reference-issues';
import { checkRuleReferences } from './rule-references';
import type { Template } from '../contracts/template';

/**
 * Checks that cannot be expressed field by field: unique keys, and references from tables to
 * sections and from rules to cells and sections. A bad reference in a custom template would
 * otherwise surface only when a report is checked, far from the config that caused it.
 */

export function checkTemplateReferences(template: Template, report: IssueSink): void {
  reportDuplicateKeys(template.sections, ['sections'], report);
  reportDuplicateKeys(template.tables, ['tables'], report);

  const sectionKeys = new Set(template.sections.map((section) => section.key));
  template.tables.forEach((table, t) => {
    if (!sectionKeys.has(table.section)) {
      report(['tables', t, 'section'], `unknown section "${table.section}"`);
    }
    reportDuplicateKeys(table.rows, ['tables', t, 'rows'], report);
    reportDuplicateKeys(table.columns, ['tables', t, 'columns'], report);
  });

  template.rules.forEach((rule, r) => checkRuleReferences(rule, ['rules', r], template, report));
}

function reportDuplicateKeys(entries: Array<{ key: string }>, path: Path, report: IssueSink): void {
  const seen = new Set<string>();
  entries.forEach(({ key }, i) => {
    if (seen.has(key)) report([...path, i, 'key'], `duplicate key "${key}"`);
    seen.add(key);
  });
}

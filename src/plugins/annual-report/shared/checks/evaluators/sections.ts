import type { Template } from '../../templates/types';
import type { Check } from '../check';
import { parseStatedNumber, toChineseNumeral } from '../numbers';
import type { SectionsRule } from '../rule-types';

/** S1: required sections present (matched by key), in the template's order, numbered 一, 二, … */

function ordinal(number: unknown): number | null {
  if (typeof number !== 'string') return null;
  return parseStatedNumber(number.replace(/[\s、.．,，]/g, ''));
}

export function compileSections(rule: SectionsRule, template: Template): Check {
  const position = new Map(template.sections.map((section, index) => [section.key, index]));
  const required = template.sections.filter((section) => section.required !== false);
  const { id, severity } = rule;

  return ({ view, findings }) => {
    const present = new Set(view.sections.map((section) => section.key));
    for (const section of required) {
      if (present.has(section.key)) continue;
      const name = `${section.number}、${section.heading}`;
      findings.push({
        rule: id,
        severity,
        path: ['sections'],
        message: {
          'zh-Hans': `缺少第${section.number}部分「${name}」`,
          en: `Section “${name}” is missing`,
        },
        expected: name,
        actual: null,
      });
    }

    let latest = -1;
    view.sections.forEach((section, index) => {
      const heading =
        typeof section.heading === 'string' ? section.heading : String(section.key ?? '');
      const at = typeof section.key === 'string' ? position.get(section.key) : undefined;
      if (at !== undefined && at < latest) {
        const before = template.sections[latest].heading;
        findings.push({
          rule: id,
          severity,
          path: ['sections', index],
          message: {
            'zh-Hans': `「${heading}」应排在「${before}」之前`,
            en: `“${heading}” should come before “${before}”`,
          },
        });
      }
      if (at !== undefined) latest = Math.max(latest, at);

      const expected = toChineseNumeral(index + 1);
      if (section.number === expected || ordinal(section.number) === index + 1) return;
      const actual = typeof section.number === 'string' ? section.number : null;
      findings.push({
        rule: id,
        severity,
        path: ['sections', index, 'number'],
        message: {
          'zh-Hans': `第 ${index + 1} 部分「${heading}」应编号为“${expected}”，实为“${actual ?? ''}”`,
          en: `Section ${index + 1} “${heading}” should be numbered “${expected}”, but is “${actual ?? ''}”`,
        },
        expected,
        actual,
      });
    });
  };
}

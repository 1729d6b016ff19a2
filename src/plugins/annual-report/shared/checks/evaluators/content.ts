import type { Template } from '../../contracts/template';
import type { Check } from '../check';
import type { ContentRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/**
 * R1: nothing publishes empty. A section's body must say something, if only "本年度无……" or
 * "无。"; a template section that prints a table (二、三、四 of the national formats) may hold
 * only its table, whose cells the value rules check.
 */

// Any letter or digit; punctuation and whitespace alone are empty.
const WORDS = /[\p{L}\p{N}]/u;

export function compileContent(rule: ContentRule, template: Template): Check {
  const finding = findingOf(rule);
  const withTables = new Set(
    template.tables.filter((table) => !table.proseOnly).map((table) => table.section),
  );

  return ({ view, findings }) => {
    if (!WORDS.test(view.prefaceText())) {
      findings.push(
        finding({
          path: ['preface'],
          message: say('emptyPreface'),
          actual: null,
        }),
      );
    }
    view.sections.forEach((section, index) => {
      if (typeof section.key === 'string' && withTables.has(section.key)) return;
      if (WORDS.test(view.sectionText(index))) return;
      const heading = typeof section.heading === 'string' ? section.heading : '';
      const number = typeof section.number === 'string' ? `${section.number}、` : '';
      findings.push(
        finding({
          path: ['sections', index, 'body'],
          message: say('emptySection', `${number}${heading}`),
          actual: null,
        }),
      );
    });
  };
}

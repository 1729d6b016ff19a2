import type { Template } from '../../contracts/template';
import type { Check } from '../check';
import type { ContentRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';

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
          message: {
            'zh-Hans': '前言为空：应写明报告的编制依据、统计期限和联系方式',
            en: 'The preface is empty: give the legal basis, the statistics period and the contact details',
          },
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
          message: {
            'zh-Hans': `「${number}${heading}」没有内容：请填写本部分；没有可报告的事项时写明“本年度无……”`,
            en: `“${number}${heading}” is empty: write this part, or state that there was nothing to report (“本年度无……”)`,
          },
          actual: null,
        }),
      );
    });
  };
}

import type { Check } from '../check';
import type { ContactRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';

/** The contact paragraph: by custom it sits in the preface, some reports put it in the first section. */

export function compileContact(rule: ContactRule): Check {
  const finding = findingOf(rule);
  const items = rule.items.map((item) => ({ label: item.label, regex: new RegExp(item.pattern) }));
  return ({ view, findings }) => {
    const preface = view.prefaceText();
    const first = view.sections.length > 0 ? view.sectionText(0) : '';
    const missing = items.filter((item) => !item.regex.test(preface) && !item.regex.test(first));
    if (missing.length === 0) return;
    const zh = missing.map((item) => item.label['zh-Hans']).join('、');
    const en = missing.map((item) => item.label.en).join(', ');
    findings.push(
      finding({
        path: ['preface'],
        message: {
          'zh-Hans': `前言或第一部分未写明联系方式：缺少${zh}`,
          en: `The preface or first section gives no contact details: ${en} missing`,
        },
        expected: zh,
        actual: null,
      }),
    );
  };
}

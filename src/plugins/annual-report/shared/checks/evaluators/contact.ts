import type { Check } from '../check';
import type { ContactRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/** The contact paragraph: by custom it sits in the preface, some reports put it in the first section. */

export function compileContact(rule: ContactRule): Check {
  const finding = findingOf(rule);
  const items = rule.items.map((item) => ({ label: item.label, regex: new RegExp(item.pattern) }));
  return ({ view, findings }) => {
    const preface = view.prefaceText();
    const first = view.sections.length > 0 ? view.sectionText(0) : '';
    const missing = items.filter((item) => !item.regex.test(preface) && !item.regex.test(first));
    if (missing.length === 0) return;
    const labels = missing.map((item) => item.label);
    findings.push(
      finding({
        path: ['preface'],
        message: say('noContact', labels),
        expected: labels.map((label) => label['zh-Hans']).join('、'),
        actual: null,
      }),
    );
  };
}

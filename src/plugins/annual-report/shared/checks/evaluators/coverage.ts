import type { Check } from '../check';
import type { CoverageRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/**
 * R2: a section names every topic the format asks it to cover (2021 一、总体情况: the five areas of
 * the work; 六: the 信息处理费 charged). Only a warning: the wording is the writer's own.
 */

export function compileCoverage(rule: CoverageRule): Check {
  const finding = findingOf(rule);
  const topics = rule.topics.map((topic) => ({
    label: topic.label,
    regex: new RegExp(topic.pattern),
  }));
  return ({ view, findings }) => {
    const index = view.sections.findIndex((section) => section.key === rule.section);
    // An absent section is S1's finding; an empty one R1's.
    if (index < 0) return;
    const text = view.sectionText(index);
    if (text === '') return;
    const missing = topics.filter((topic) => !topic.regex.test(text));
    if (missing.length === 0) return;
    const section = view.sections[index];
    const heading = `${typeof section.number === 'string' ? `${section.number}、` : ''}${
      typeof section.heading === 'string' ? section.heading : rule.section
    }`;
    const labels = missing.map((topic) => topic.label);
    findings.push(
      finding({
        path: ['sections', index, 'body'],
        message: say('notCovered', heading, labels),
        expected: labels.map((label) => label['zh-Hans']).join('、'),
        actual: null,
      }),
    );
  };
}

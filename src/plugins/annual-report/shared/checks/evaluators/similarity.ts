import type { Check } from '../check';
import type { ReportView } from '../report-view';
import type { SimilarityRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/**
 * C1: this year's prose against the previous year's, as the Dice coefficient of their character
 * bigrams. Figures are masked first: a copy with this year's numbers filled in is still a copy.
 */

// Below this, the prose is a stub (a fresh draft), and two stubs being alike says nothing.
const MIN_CHARS = 100;

function prose(view: ReportView): string {
  let text = view.prefaceText();
  for (let index = 0; index < view.sections.length; index += 1) text += view.sectionText(index);
  return text.replace(/[0-9０-９]+/g, '#');
}

export function bigramSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < a.length; i += 1) {
    const key = a.charCodeAt(i) * 0x10000 + a.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i += 1) {
    const key = b.charCodeAt(i) * 0x10000 + b.charCodeAt(i + 1);
    const count = counts.get(key);
    if (count) {
      shared += 1;
      counts.set(key, count - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

export function compileSimilarity(rule: SimilarityRule): Check {
  const finding = findingOf(rule);
  return ({ view, previous, findings }) => {
    if (!previous) return;
    const current = prose(view);
    const before = prose(previous);
    if (current.length < MIN_CHARS || before.length < MIN_CHARS) return;
    const similarity = bigramSimilarity(current, before);
    if (similarity < rule.threshold) return;
    const percent = Math.round(similarity * 100);
    const threshold = Math.round(rule.threshold * 100);
    findings.push(
      finding({
        path: ['sections'],
        message: say('copied', percent, threshold),
        expected: rule.threshold,
        actual: Math.round(similarity * 100) / 100,
      }),
    );
  };
}

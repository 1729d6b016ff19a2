import type { Finding } from '../../contracts/checks';
import type { Template, TemplateSection } from '../../contracts/template';
import type { Check } from '../check';
import { alignHeadings, headingWords, pairScore, wordsSimilarity } from '../heading-alignment';
import { parseStatedNumber, toChineseNumeral } from '../numbers';
import type { ReportView } from '../report-view';
import type { SectionsRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';
import type { Localized } from '../../contracts/text';

/**
 * S1: the report's top-level headings aligned with the template's sections by content (see
 * heading-alignment), then one finding per fault: a template section missing, a heading the
 * template does not have (with the section it belongs in), a section out of order, and a printed
 * number that is neither the template's nor the section's place in the report — so a lost heading
 * or a report's own parts put first cost one finding each and renumber nothing.
 */

// A stray heading sharing this much with a section is suggested to go into it.
const SUGGEST_SIMILARITY = 0.15;
// Headings change rarely between two checks of a report being typed; their similarities are kept.
const CACHE_LIMIT = 512;

function ordinal(number: unknown): number | null {
  if (typeof number !== 'string') return null;
  return parseStatedNumber(number.replace(/[\s、.．,，]/g, ''));
}

const nameOf = (section: TemplateSection) => `${section.number}、${section.heading}`;

function headingOf(section: Record<string, unknown>): string {
  return typeof section.heading === 'string' ? section.heading : String(section.key ?? '');
}

interface Alignment {
  /** Per report section, the template section it is, or -1. */
  aligned: number[];
  /** Per report section, its heading's similarity to each template section. */
  similarity: Float64Array[];
  /** pairScore, report section i × template section j at i × m + j; null when all are in place. */
  scores: Float64Array | null;
}

export function compileSections(rule: SectionsRule, template: Template): Check {
  const sections = template.sections;
  const m = sections.length;
  const templateWords = sections.map((section) => headingWords(section.heading));
  const ordinals = sections.map((section) => ordinal(section.number));
  const inPlace = sections.map((_, j) => j);
  const findingOfRule = findingOf(rule);
  const finding = (
    path: Finding['path'],
    message: Localized,
    extra: Partial<Finding> = {},
  ): Finding => findingOfRule({ path, message, ...extra });

  const cache = new Map<string, Float64Array>();
  const similarities = (heading: string): Float64Array => {
    let row = cache.get(heading);
    if (!row) {
      const words = headingWords(heading);
      row = Float64Array.from(templateWords, (other) => wordsSimilarity(words, other));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(heading, row);
    }
    return row;
  };

  const align = (view: ReportView): Alignment => {
    const n = view.sections.length;
    const similarity = view.sections.map((section) => similarities(headingOf(section)));
    // Every section in its place with the template's key and heading: nothing can align better.
    if (
      n === m &&
      view.sections.every((section, i) => section.key === sections[i].key && similarity[i][i] === 1)
    ) {
      return { aligned: inPlace, similarity, scores: null };
    }
    const scores = new Float64Array(n * m);
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < m; j += 1) {
        scores[i * m + j] = pairScore(similarity[i][j], view.sections[i].key === sections[j].key);
      }
    }
    return { aligned: alignHeadings(scores, n, m), similarity, scores };
  };

  /** Missing sections, stray headings and sections out of order. */
  const checkPlacement = (
    view: ReportView,
    { aligned, similarity, scores }: Alignment,
    findings: Finding[],
  ): void => {
    if (!scores) return;
    const taken = new Set(aligned);
    // A stray heading alike enough to a section left unmatched is that section out of place.
    const misplaced = new Map<number, number>();
    aligned.forEach((at, index) => {
      if (at >= 0) return;
      let best = -1;
      let bestScore = 0;
      for (let t = 0; t < m; t += 1) {
        const score = scores[index * m + t];
        if (!taken.has(t) && score > bestScore) [best, bestScore] = [t, score];
      }
      if (best < 0) return;
      misplaced.set(index, best);
      taken.add(best);
    });

    sections.forEach((section, t) => {
      if (section.required === false || taken.has(t)) return;
      findings.push(
        finding(['sections'], say('sectionMissing', section.number, nameOf(section)), {
          expected: nameOf(section),
          actual: null,
        }),
      );
    });

    aligned.forEach((at, index) => {
      if (at >= 0) return;
      const heading = headingOf(view.sections[index]);
      const out = misplaced.get(index);
      findings.push(
        out === undefined
          ? notInTemplate(aligned, similarity[index], index, heading)
          : outOfOrder(aligned, index, out, heading),
      );
    });
  };

  /** The template section placed after it that the report puts before it, or the reverse. */
  const outOfOrder = (aligned: number[], index: number, t: number, heading: string): Finding => {
    const later = aligned.slice(0, index).find((at) => at > t);
    if (later !== undefined) {
      const before = sections[later].heading;
      return finding(['sections', index], say('sectionBefore', heading, before));
    }
    const earlier = aligned.slice(index + 1).find((at) => at >= 0 && at < t) ?? t;
    const after = sections[earlier].heading;
    return finding(['sections', index], say('sectionAfter', heading, after));
  };

  /** The most alike template section, else the one it follows in the report, else the first. */
  const notInTemplate = (
    aligned: number[],
    similarity: Float64Array,
    index: number,
    heading: string,
  ): Finding => {
    let into = -1;
    let bestScore = 0;
    similarity.forEach((score, t) => {
      if (score >= SUGGEST_SIMILARITY && score > bestScore) [into, bestScore] = [t, score];
    });
    if (into < 0) into = aligned.slice(0, index).reduce((last, at) => (at >= 0 ? at : last), -1);
    if (into < 0) into = aligned.find((at) => at >= 0) ?? 0;
    const target = nameOf(sections[into]);
    return finding(['sections', index], say('sectionFoldInto', heading, target), {
      expected: target,
      actual: heading,
    });
  };

  /** A number is right when it is the template's or the section's place in the report. */
  const checkNumbers = (view: ReportView, aligned: number[], findings: Finding[]): void => {
    aligned.forEach((at, index) => {
      if (at < 0) return;
      const section = view.sections[index];
      const expected = sections[at].number;
      if (section.number === expected || section.number === toChineseNumeral(index + 1)) return;
      const printed = ordinal(section.number);
      if (printed !== null && (printed === ordinals[at] || printed === index + 1)) return;
      const heading = headingOf(section);
      const actual = typeof section.number === 'string' ? section.number : null;
      findings.push(
        finding(
          ['sections', index, 'number'],
          say('sectionNumber', index + 1, heading, expected, actual ?? ''),
          { expected, actual },
        ),
      );
    });
  };

  return ({ view, findings }) => {
    if (m === 0) return;
    const alignment = align(view);
    checkPlacement(view, alignment, findings);
    checkNumbers(view, alignment.aligned, findings);
  };
}

import type { Finding } from '../../contracts/checks';
import type { CellSlots } from '../cell-slots';
import type { Check, CheckContext } from '../check';
import { parseStatedNumber } from '../numbers';
import { compilePhrasePattern } from '../phrase-pattern';
import type { ProsePhrase, ProseRule, ProseValue, Term } from '../rule-types';
import type { TableInfos } from '../table-info';
import { compileTerm, roundSum, sumTerms, termsLabel, type CompiledTerm } from '../terms';

/** N1: a number the prose states must equal the table cells it restates. */

type CompiledValue =
  | { type: 'count'; readings: CompiledTerm[][]; stated?: number }
  | { type: 'percent'; part: CompiledTerm[]; whole: CompiledTerm[] };

interface CompiledPhrase {
  regex: RegExp;
  literal: string;
  values: CompiledValue[];
}

const EXCERPT_LENGTH = 60;

function compileValue(value: ProseValue, infos: TableInfos, slots: CellSlots): CompiledValue {
  const terms = (list: Term[]) => list.map((term) => compileTerm(term, infos, slots));
  if ('percent' in value) {
    return { type: 'percent', part: terms(value.percent.part), whole: terms(value.percent.whole) };
  }
  return {
    type: 'count',
    readings: [value.sum, ...(value.orSum ?? [])].map(terms),
    stated: value.stated,
  };
}

function compilePhrase(phrase: ProsePhrase, infos: TableInfos, slots: CellSlots): CompiledPhrase {
  const { regex, numbers, literal } = compilePhrasePattern(phrase.pattern);
  const values = phrase.values.map((value) => compileValue(value, infos, slots));
  const captured = values.filter((value) => value.type === 'percent' || value.stated === undefined);
  if (captured.length !== numbers) {
    throw new Error(`N1 phrase ${phrase.pattern}: ${numbers} {n} for ${captured.length} values`);
  }
  return { regex, literal, values };
}

/**
 * The first reading's sum when no reading equals the stated number, the value a finding expects;
 * undefined when one does, or when the first cannot be read (V1–V4 report its cells).
 */
function countDisagrees(
  readings: CompiledTerm[][],
  stated: number,
  context: CheckContext,
): number | undefined {
  const [first, ...others] = readings;
  const expected = sumTerms(first, context);
  if (expected === undefined || roundSum(expected) === stated) return undefined;
  for (const terms of others) {
    const sum = sumTerms(terms, context);
    if (sum !== undefined && roundSum(sum) === stated) return undefined;
  }
  return roundSum(expected);
}

function decimalsOf(raw: string): number {
  const point = raw.indexOf('.');
  return point < 0 ? 0 : raw.length - point - 1;
}

/** Writers round or truncate percentages to the decimals they print; accept both. */
function percentAgrees(computed: number, stated: number, decimals: number): boolean {
  const step = 10 ** -decimals;
  const epsilon = 1e-9;
  const rounded = Math.abs(computed - stated) <= step / 2 + epsilon;
  const truncated = stated <= computed + epsilon && computed < stated + step - epsilon;
  return rounded || truncated;
}

export function compileProse(rule: ProseRule, infos: TableInfos, slots: CellSlots): Check {
  const anywhere: CompiledPhrase[] = [];
  const bySection = new Map<string, CompiledPhrase[]>();
  for (const phrase of rule.phrases) {
    const compiled = compilePhrase(phrase, infos, slots);
    if (!phrase.sections) {
      anywhere.push(compiled);
      continue;
    }
    for (const key of phrase.sections)
      bySection.set(key, [...(bySection.get(key) ?? []), compiled]);
  }

  const report = (
    context: CheckContext,
    section: number,
    excerpt: string,
    stated: string,
    expected: number,
    actual: number,
    expectation: { 'zh-Hans': string; en: string },
  ): void => {
    const shown =
      excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH)}…` : excerpt;
    const message: Finding['message'] = {
      'zh-Hans': `正文“${shown}”中的 ${stated} 与表格不符：${expectation['zh-Hans']}`,
      en: `The text “${shown}” states ${stated}, but ${expectation.en}`,
    };
    context.findings.push({
      rule: rule.id,
      severity: rule.severity,
      path: ['sections', section, 'body'],
      message,
      expected,
      actual,
    });
  };

  const checkMatch = (
    context: CheckContext,
    section: number,
    phrase: CompiledPhrase,
    match: RegExpExecArray,
  ) => {
    let captured = 0;
    for (const value of phrase.values) {
      let raw: string | undefined;
      if (value.type === 'count' && value.stated !== undefined) {
        raw = String(value.stated);
      } else {
        raw = match.groups?.[`n${captured}`];
        captured += 1;
      }
      if (raw === undefined) continue;
      const stated = parseStatedNumber(raw);
      if (stated === null) continue;

      if (value.type === 'count') {
        const expected = countDisagrees(value.readings, stated, context);
        if (expected === undefined) continue;
        const label = termsLabel(value.readings[0]);
        report(context, section, match[0], raw, expected, stated, {
          'zh-Hans': `${label['zh-Hans']}为 ${expected}`,
          en: `the table gives ${expected} for ${label.en}`,
        });
        continue;
      }

      const part = sumTerms(value.part, context);
      const whole = sumTerms(value.whole, context);
      if (part === undefined || whole === undefined || whole <= 0) continue;
      const computed = (100 * part) / whole;
      const decimals = decimalsOf(raw);
      if (percentAgrees(computed, stated, decimals)) continue;
      const expected = Number(computed.toFixed(decimals));
      const partLabel = termsLabel(value.part);
      const wholeLabel = termsLabel(value.whole);
      report(context, section, match[0], `${raw}%`, expected, stated, {
        'zh-Hans': `${partLabel['zh-Hans']}占${wholeLabel['zh-Hans']}的 ${expected}%`,
        en: `${partLabel.en} is ${expected}% of ${wholeLabel.en}`,
      });
    }
  };

  const run = (context: CheckContext, section: number, phrases: CompiledPhrase[]) => {
    if (phrases.length === 0) return;
    const text = context.view.sectionText(section);
    for (const phrase of phrases) {
      if (phrase.literal !== '' && !text.includes(phrase.literal)) continue;
      phrase.regex.lastIndex = 0;
      for (let match = phrase.regex.exec(text); match; match = phrase.regex.exec(text)) {
        if (match[0] === '') phrase.regex.lastIndex += 1;
        else checkMatch(context, section, phrase, match);
      }
    }
  };

  return (context) => {
    context.view.sections.forEach((section, index) => {
      run(context, index, anywhere);
      if (typeof section.key === 'string') run(context, index, bySection.get(section.key) ?? []);
    });
  };
}

import type { CellSlots } from '../cell-slots';
import type { Check, CheckContext } from '../check';
import { findingOf } from '../finding-of';
import { parseStatedNumber } from '../numbers';
import { compilePhrasePattern } from '../phrase-pattern';
import type { ProsePhrase, ProseRule, ProseValue, Term } from '../../contracts/rules';
import type { TableInfos } from '../table-info';
import { compileTerm, sumTerms, termsLabel, type CompiledTerm } from '../terms';
import { countDisagrees, decimalsOf, percentAgrees, pushProseFinding } from './prose-agreement';
import { say } from '../messages';

/** N1's fixed phrases: a site's own wording that the vocabulary does not cover. */

type CompiledValue =
  | { type: 'count'; readings: CompiledTerm[][]; stated?: number }
  | { type: 'percent'; part: CompiledTerm[]; whole: CompiledTerm[] };

interface CompiledPhrase {
  regex: RegExp;
  literal: string;
  values: CompiledValue[];
}

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

export function compilePhrases(
  rule: ProseRule,
  phrases: ProsePhrase[],
  infos: TableInfos,
  slots: CellSlots,
): Check {
  const finding = findingOf(rule);
  const anywhere: CompiledPhrase[] = [];
  const bySection = new Map<string, CompiledPhrase[]>();
  for (const phrase of phrases) {
    const compiled = compilePhrase(phrase, infos, slots);
    if (!phrase.sections) {
      anywhere.push(compiled);
      continue;
    }
    for (const key of phrase.sections)
      bySection.set(key, [...(bySection.get(key) ?? []), compiled]);
  }

  const checkMatch = (
    context: CheckContext,
    section: number,
    phrase: CompiledPhrase,
    match: RegExpExecArray,
  ) => {
    const at = {
      finding,
      path: ['sections', section, 'body'],
      quote: match[0],
    };
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
        pushProseFinding(context, {
          ...at,
          stated: raw,
          expected,
          actual: stated,
          expectation: say('proseCount', label, expected),
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
      pushProseFinding(context, {
        ...at,
        stated: `${raw}%`,
        expected,
        actual: stated,
        expectation: say('proseShare', partLabel, wholeLabel, expected),
      });
    }
  };

  const run = (context: CheckContext, section: number, list: CompiledPhrase[]) => {
    if (list.length === 0) return;
    const text = context.view.sectionText(section);
    for (const phrase of list) {
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

import type { ProseConcept } from '../contracts/rules';
import { parseStatedNumber } from './numbers';

/**
 * What makes a prose reading certain enough to be an error (the severity policy, docs/rules.md):
 * the tests the reader runs beside "the form's own phrasing" (prose-reader.ts).
 */

/** Clause punctuation: a concept and its number are in one clause. */
export const CLAUSE_END = /[，,；;。！？!?（）()]/;
/** What may stand between a form phrasing and its figure for the figure to be attached to it. */
export const ATTACHED =
  /^(?:案件)?(?:的)?(?:数量|总数|数)?(?:共计|合计|总计|共|计|为|是|达)?[:：]?$/;
/** A scope: the figures after it count part of something named before (其中…, 在全部办结的申请中，…). */
export const SCOPE = /其中|(?:申请|案件|答复|办结|复议|诉讼)中/;
// Before the concept, in its clause: a comparison or another period ("较上年新收申请120件",
// "2023年新收…", "累计受理…"): the figure may not be this year's.
const OTHER_PERIOD = /同比|环比|较|去年|上一?年|累计|历年/;
const YEAR_NAMED = /([0-9０-９]{4})年/g;
const QUOTE_OPEN = '“「『《"‘';
const QUOTE_CLOSE = '”」』》"’';
/** Any quotation mark: a sentence without one quotes nothing. */
export const QUOTE_MARK = /[“「『《"‘”」』》’]/;

/** Whether text[at] stands inside a quotation opened earlier in the sentence (from `from`). */
export function quoted(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i += 1) {
    const c = text[i];
    // "…" opens and closes with one character: alternate.
    if (c === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (QUOTE_OPEN.includes(c)) depth += 1;
    else if (QUOTE_CLOSE.includes(c) && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** The text of the clause up to `at`, not before the sentence's start `from`. */
export function clauseBefore(text: string, from: number, at: number): string {
  let start = at;
  while (start > from && !CLAUSE_END.test(text[start - 1])) start -= 1;
  return text.slice(start, at);
}

/** Whether the words before a concept make its figure another period's: 较上年, 2023年, 累计. */
export function otherPeriod(before: string, year: number | undefined): boolean {
  if (OTHER_PERIOD.test(before)) return true;
  for (const [, named] of before.matchAll(YEAR_NAMED)) {
    if (parseStatedNumber(named) !== year) return true;
  }
  return false;
}

/** A concept whose figure the tables give one way (受理 may or may not include 上年结转). */
export function oneReading(concept: ProseConcept | undefined): boolean {
  return concept !== undefined && !concept.ambiguous && concept.readings?.length === 1;
}

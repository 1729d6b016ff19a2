import type { Finding, Severity } from '../../contracts/checks';
import type { CheckContext } from '../check';
import type { FindingFields } from '../finding-of';
import type { Localized } from '../../contracts/template';
import { roundSum, sumTerms, type CompiledTerm } from '../terms';
import { say } from '../messages';

/** What N1 counts as agreement between a stated figure and the cells, and how it says it does not. */

/**
 * The first reading's sum when no reading equals the stated number, the value a finding expects;
 * undefined when one does, or when the first cannot be read (V1–V4 report its cells).
 */
export function countDisagrees(
  readings: CompiledTerm[][],
  stated: number,
  context: CheckContext,
): number | undefined {
  const [first, ...others] = readings;
  const expected = sumTerms(first, context);
  if (expected === undefined || roundSum(expected) === roundSum(stated)) return undefined;
  for (const terms of others) {
    const sum = sumTerms(terms, context);
    if (sum !== undefined && roundSum(sum) === roundSum(stated)) return undefined;
  }
  return roundSum(expected);
}

export function decimalsOf(raw: string): number {
  const point = raw.indexOf('.');
  return point < 0 ? 0 : raw.length - point - 1;
}

/** Writers round or truncate percentages to the decimals they print; accept both. */
export function percentAgrees(computed: number, stated: number, decimals: number): boolean {
  const step = 10 ** -decimals;
  const epsilon = 1e-9;
  const rounded = Math.abs(computed - stated) <= step / 2 + epsilon;
  const truncated = stated <= computed + epsilon && computed < stated + step - epsilon;
  return rounded || truncated;
}

const EXCERPT_LENGTH = 120;

/** The whole sentence, or for a long one the part that leads up to the figure. */
function excerpt(quote: string, at: number | undefined): string {
  if (quote.length <= EXCERPT_LENGTH) return quote;
  const end = Math.min(quote.length, Math.max(at ?? 0, EXCERPT_LENGTH));
  const start = end - EXCERPT_LENGTH;
  return `${start > 0 ? '…' : ''}${quote.slice(start, end)}${end < quote.length ? '…' : ''}`;
}

export interface ProseDisagreement {
  /** The rule's finding maker (findingOf). */
  finding: (fields: FindingFields) => Finding;
  /** Lowered to a warning where the reading is not certain. */
  severity?: Severity;
  path: Finding['path'];
  /** The sentence (or phrase) quoted. */
  quote: string;
  /** Where the figure ends in the quote. */
  at?: number;
  /** The figure as written. */
  stated: string;
  expected: number;
  actual: number;
  expectation: Localized;
}

export function pushProseFinding(context: CheckContext, d: ProseDisagreement): void {
  const shown = excerpt(d.quote, d.at);
  context.findings.push(
    d.finding({
      severity: d.severity,
      path: d.path,
      message: say('proseDisagrees', shown, d.stated, d.expectation),
      expected: d.expected,
      actual: d.actual,
    }),
  );
}

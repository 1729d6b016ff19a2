import type { Finding } from '../../contracts/checks';
import type { CellSlots } from '../cell-slots';
import type { Check, CheckContext } from '../check';
import { findingOf } from '../finding-of';
import { compileReader, type ProseClaim } from '../prose-reader';
import type { ProseRule, ProseVocabulary } from '../../contracts/rules';
import type { TableInfos } from '../table-info';
import { compileTerm, sumTerms, termsLabel, type CompiledTerm } from '../terms';
import { countDisagrees, percentAgrees, pushProseFinding } from './prose-agreement';
import { say } from '../messages';

/** N1 by claims: every sentence of the preface and the sections, read with the template's vocabulary. */

interface Concept {
  readings: CompiledTerm[][];
}

/** Every way of summing one reading per concept; the first sums the first readings. */
function combinedReadings(concepts: Concept[]): CompiledTerm[][] {
  // Nearly every claim names one concept: its readings as they are, nothing allocated.
  if (concepts.length === 1) return concepts[0].readings;
  return concepts.reduce<CompiledTerm[][]>(
    (sums, concept) => sums.flatMap((sum) => concept.readings.map((terms) => [...sum, ...terms])),
    [[]],
  );
}

export function compileClaims(
  rule: ProseRule,
  vocabulary: ProseVocabulary,
  infos: TableInfos,
  slots: CellSlots,
): Check {
  const read = compileReader(vocabulary);
  const finding = findingOf(rule);
  const concepts = new Map<string, Concept>();
  for (const concept of vocabulary.concepts) {
    if (!concept.readings?.length) continue;
    concepts.set(concept.id, {
      readings: concept.readings.map((terms) =>
        terms.map((term) => compileTerm(term, infos, slots)),
      ),
    });
  }
  const lookUp = (ids: string[]): Concept[] | undefined => {
    const found = ids.map((id) => concepts.get(id));
    return found.every((concept) => concept !== undefined) ? (found as Concept[]) : undefined;
  };

  const check = (
    context: CheckContext,
    path: Finding['path'],
    sentence: string,
    claim: ProseClaim,
  ) => {
    // A concept this template's tables do not count is read, not checked.
    const part = lookUp(claim.concepts);
    if (!part) return;
    const at = {
      finding,
      // Only a certain reading blocks publication (the severity policy, docs/rules.md).
      severity: claim.certain ? rule.severity : 'warning',
      path,
      quote: sentence,
      at: claim.at,
      stated: claim.stated,
      actual: claim.value,
    } as const;

    if (claim.shareOf === undefined) {
      const readings = combinedReadings(part);
      const expected = countDisagrees(readings, claim.value, context);
      if (expected === undefined) return;
      const label = termsLabel(readings[0]);
      pushProseFinding(context, {
        ...at,
        expected,
        expectation: say('proseCount', label, expected),
      });
      return;
    }

    const whole = lookUp(claim.shareOf);
    if (!whole) return;
    const partTerms = combinedReadings(part)[0];
    const wholeTerms = combinedReadings(whole)[0];
    const partSum = sumTerms(partTerms, context);
    const wholeSum = sumTerms(wholeTerms, context);
    if (partSum === undefined || wholeSum === undefined || wholeSum <= 0) return;
    const computed = (100 * partSum) / wholeSum;
    const decimals = claim.decimals ?? 0;
    if (percentAgrees(computed, claim.value, decimals)) return;
    const expected = Number(computed.toFixed(decimals));
    const partLabel = termsLabel(partTerms);
    const wholeLabel = termsLabel(wholeTerms);
    pushProseFinding(context, {
      ...at,
      expected,
      expectation: say('proseShare', partLabel, wholeLabel, expected),
    });
  };

  const checkLines = (context: CheckContext, path: Finding['path'], lines: string[]) => {
    for (const line of lines) {
      for (const { sentence, claims } of read.paragraph(line, context.view.year)) {
        for (const claim of claims) check(context, path, sentence, claim);
      }
    }
  };

  return (context) => {
    const { view } = context;
    checkLines(context, ['preface'], view.prefaceLines());
    for (let index = 0; index < view.sections.length; index += 1) {
      checkLines(context, ['sections', index, 'body'], view.sectionLines(index));
    }
  };
}

import { areVariants } from './label-variants';
import { labelParts, type LabelParts } from './normalise-label';

/**
 * How a printed label matched a template's:
 * - `same`: the same words (numbering, spacing, punctuation and bracketed asides aside);
 * - `variant`: a printing of it that forms are known to use (label-variants.ts);
 * - `near`: not the same words but close (a typo, a dropped word), or the same words under
 *   another numbering. A near match is a guess: it is to be confirmed, never taken as given.
 */
export type LabelMatchLevel = 'same' | 'variant' | 'near';

export interface LabelMatch {
  /** Indexes into the candidates of every label matched at the best level, in their order. */
  indexes: number[];
  level: LabelMatchLevel;
}

/** Below this, two labels are different labels, not a misprint of one another. */
const NEAR = 0.8;

const numberingAgrees = (a: LabelParts, b: LabelParts) =>
  a.numbering === '' || b.numbering === '' || a.numbering === b.numbering;

/** Dice coefficient over the longest common subsequence: 1 for equal strings. */
function similarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const char of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = char === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    previous = current;
  }
  return (2 * previous[b.length]) / (a.length + b.length);
}

/**
 * The candidates a printed label names, at the best level any of them reaches; undefined when
 * it names none (or is empty). More than one index means the label alone does not decide.
 */
export function matchLabel(text: string, candidates: readonly string[]): LabelMatch | undefined {
  const printed = labelParts(text);
  if (printed.text === '') return undefined;
  const parts = candidates.map(labelParts);

  const tiers: Array<{ level: LabelMatchLevel; test: (candidate: LabelParts) => boolean }> = [
    { level: 'same', test: (c) => c.text === printed.text },
    { level: 'same', test: (c) => c.core === printed.core },
    {
      level: 'variant',
      test: (c) => areVariants(printed.core, c.core) || areVariants(printed.text, c.text),
    },
  ];
  let renumbered: number[] = [];
  for (const { level, test } of tiers) {
    const hits = parts.flatMap((candidate, index) => (test(candidate) ? [index] : []));
    const agreeing = hits.filter((index) => numberingAgrees(printed, parts[index]));
    if (agreeing.length > 0) return { indexes: agreeing, level };
    if (renumbered.length === 0) renumbered = hits;
  }
  if (renumbered.length > 0) return { indexes: renumbered, level: 'near' };

  const scores = parts.map((candidate) =>
    candidate.text === ''
      ? 0
      : Math.max(
          similarity(printed.text, candidate.text),
          similarity(printed.core, candidate.core),
        ),
  );
  const best = Math.max(0, ...scores);
  if (best < NEAR) return undefined;
  return {
    indexes: scores.flatMap((score, index) => (score === best ? [index] : [])),
    level: 'near',
  };
}

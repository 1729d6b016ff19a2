import { bigramSimilarity } from './evaluators/similarity';

/**
 * Which of a report's top-level headings is which of the template's sections, judged by content
 * and order rather than position: the order-preserving matching of greatest total score (dynamic
 * programming over the two sequences, as in aligning two texts). A lost heading then leaves one
 * template section unmatched instead of shifting every section after it.
 */

/** Below this a heading is not taken for a template section (unless their keys agree). */
export const MIN_SIMILARITY = 0.3;

// Words every heading carries, which would make any two alike: 政府信息公开…情况.
const FILLER = /政府信息公开|政府信息|政务公开|情况$/g;
const NUMBERING =
  /^(?:[一二三四五六七八九十]+|[0-9０-９]+)[、.．]?|[(（][一二三四五六七八九十0-9]+[)）]/g;
const PUNCTUATION = /[\s、，,.．:：;；（）()“”"'‘’《》【】]/g;

/** A heading reduced to the words that tell sections apart. */
export function headingWords(heading: string): string {
  return heading.trim().replace(NUMBERING, '').replace(PUNCTUATION, '').replace(FILLER, '');
}

/** Character-bigram similarity of two headings' words, 0…1. */
export function wordsSimilarity(a: string, b: string): number {
  return a === b ? 1 : bigramSimilarity(a, b);
}

/** The alignment score of a pair: 0 when they cannot be matched; an agreeing key counts as a match. */
export function pairScore(similarity: number, sameKey: boolean): number {
  if (sameKey) return 1 + similarity;
  return similarity >= MIN_SIMILARITY ? similarity : 0;
}

/**
 * For each of n report items, the index of the one of m template items it is aligned with, or -1;
 * `scores` holds pairScore row by row (report i, template j at i × m + j). Ties keep the earlier
 * report item in place, so that of two swapped sections the later one is the stray.
 */
export function alignHeadings(scores: Float64Array, n: number, m: number): number[] {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i += 1) {
    for (let j = 1; j <= m; j += 1) {
      const score = scores[(i - 1) * m + j - 1];
      const diagonal = score > 0 ? best[(i - 1) * width + j - 1] + score : 0;
      best[i * width + j] = Math.max(diagonal, best[(i - 1) * width + j], best[i * width + j - 1]);
    }
  }
  const aligned = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  // Walking back from the end, a gap is preferred to a match of equal total: the match then falls
  // to the earlier report item.
  while (i > 0 && j > 0) {
    const here = best[i * width + j];
    if (here === best[(i - 1) * width + j]) i -= 1;
    else if (here === best[i * width + j - 1]) j -= 1;
    else {
      aligned[i - 1] = j - 1;
      i -= 1;
      j -= 1;
    }
  }
  return aligned;
}

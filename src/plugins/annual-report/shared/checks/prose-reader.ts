import { NUMBER_SOURCE, parseStatedNumber } from './numbers';
import type { ProseVocabulary } from './rule-types';

/**
 * Reads a sentence as a reviewer does: which figures it states, and of what. A claim is a concept
 * named before its number within one clause ("受理政府信息公开申请3119件"), or right after it
 * ("另有103件顺延到下年度"); concepts joined by 及/和/、 share one number ("予以公开及部分公开N件"
 * is their sum); 占X% after a claim is a share; "均获维持" and "未收到…申请" state parts as 0.
 * Pure: the vocabulary says which words name what, so formats differ only in data.
 */

export interface ProseClaim {
  /** The concepts whose counts the stated value sums. */
  concepts: string[];
  value: number;
  /** As written: "3119件", "4.8%"; a stated none as "0（均获维持）". */
  stated: string;
  /** For a percentage: the concepts it is a share of, and the decimals printed. */
  shareOf?: string[];
  decimals?: number;
  /** The sentence may speak of part of the reporting body only. */
  narrow: boolean;
}

export type ProseReader = (sentence: string) => ProseClaim[];

type Alternative =
  | { kind: 'concept'; id: string }
  | { kind: 'qualifier'; id: string }
  | { kind: 'outcome'; zero: string[] }
  | { kind: 'negation' }
  | { kind: 'percent' }
  | { kind: 'number' };

interface Token {
  alternative: Alternative;
  start: number;
  end: number;
  text: string;
  groups: string[];
}

// Clause punctuation: a concept and its number are in one clause.
const BREAK = /[，,；;。！？!?、（）()]/;
const CLAUSE_END = /[，,；;。！？!?（）()]/;
// "共收到申请，共计12件": the total after a comma still belongs to the concept.
const TOTAL_AFTER_COMMA = /^[^，,；;。！？!?、（）()]*[，,](?:共计|共|合计|总计|计)$/;
const CONNECTOR = /^(?:及|和|与|、|以及|加|或)$/;
// Approximate figures (5500余条, 近1000条) restate no cell.
const APPROXIMATE_BEFORE = /(?:近|约|超过|超|逾|大约)$/;
const POSTFIX_GAP = 4;
const SHARE_GAP = 16;

function groupCount(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

/** Longer names first: at one position the regex takes the first alternative that matches. */
function byLength<T extends { source: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => b.source.length - a.source.length);
}

interface Compiled {
  regex: RegExp;
  /** For each alternative: its kind and the index of its wrapping group. */
  alternatives: Array<{ alternative: Alternative; group: number }>;
}

function compileTokens(vocabulary: ProseVocabulary): Compiled {
  const named = (
    names: string[] | undefined,
    alternative: Alternative,
  ): Array<{ source: string; alternative: Alternative }> =>
    (names ?? []).map((source) => ({ source, alternative }));
  const units = Object.keys(vocabulary.units)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const parts = [
    ...byLength(
      (vocabulary.outcomes ?? []).flatMap((outcome) =>
        named(outcome.names, { kind: 'outcome', zero: outcome.zero }),
      ),
    ),
    ...byLength(
      vocabulary.concepts.flatMap((concept) =>
        named(concept.names, { kind: 'concept', id: concept.id }),
      ),
    ),
    ...byLength(
      (vocabulary.qualifiers ?? []).flatMap((qualifier) =>
        named(qualifier.names, { kind: 'qualifier', id: qualifier.id }),
      ),
    ),
    ...byLength(named(vocabulary.negations, { kind: 'negation' })),
    {
      source: '(?<![0-9０-９.])([0-9０-９]+(?:\\.[0-9０-９]+)?)[%％]',
      alternative: { kind: 'percent' } as Alternative,
    },
    {
      // 第一项 is an ordinal, not a count.
      source: `(?<![0-9０-９.,第])(${NUMBER_SOURCE})(余|多)?(${units})`,
      alternative: { kind: 'number' } as Alternative,
    },
  ];
  let group = 1;
  const alternatives = parts.map(({ source, alternative }) => {
    const entry = { alternative, group };
    group += 1 + groupCount(source);
    return entry;
  });
  const regex = new RegExp(parts.map(({ source }) => `(${source})`).join('|'), 'g');
  return { regex, alternatives };
}

function tokenize(sentence: string, compiled: Compiled): Token[] {
  const tokens: Token[] = [];
  const { regex, alternatives } = compiled;
  regex.lastIndex = 0;
  for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
    if (match[0] === '') {
      regex.lastIndex += 1;
      continue;
    }
    const found = alternatives.find(({ group }) => match![group] !== undefined)!;
    const groups = match.slice(found.group + 1, found.group + 4) as string[];
    tokens.push({
      alternative: found.alternative,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      groups,
    });
  }
  return tokens;
}

function decimalsOf(raw: string): number {
  const point = raw.indexOf('.');
  return point < 0 ? 0 : raw.length - point - 1;
}

export function compileReader(vocabulary: ProseVocabulary): ProseReader {
  const compiled = compileTokens(vocabulary);
  const concepts = new Map(vocabulary.concepts.map((concept) => [concept.id, concept]));
  const groups = new Set(vocabulary.groups ?? []);
  const narrowing = (vocabulary.narrowing ?? []).map((source) => new RegExp(source));
  // A sentence without a figure, a share, an outcome or a negation states nothing to check.
  const anchor = new RegExp(
    [
      '[0-9０-９%％]',
      `(?:${NUMBER_SOURCE})(?:${Object.keys(vocabulary.units).join('|')})`,
      ...(vocabulary.outcomes ?? []).flatMap((outcome) => outcome.names),
      ...(vocabulary.negations ?? []),
    ]
      .map((source) => `(?:${source})`)
      .join('|'),
  );

  return (sentence) => {
    if (!anchor.test(sentence)) return [];
    const narrow = narrowing.some((regex) => regex.test(sentence));
    const claims: ProseClaim[] = [];
    const tokens = tokenize(sentence, compiled);

    let pending: { ids: string[]; end: number; gap: number } | null = null;
    let lastGroup: string | undefined;
    const groupsSeen: string[] = [];
    let lastClaim: { claim: ProseClaim; end: number } | null = null;
    let negation: { text: string; ids: string[] } | null = null;
    const consumed = new Set<number>();

    const flushNegation = () => {
      if (!negation) return;
      for (const id of negation.ids) {
        claims.push({ concepts: [id], value: 0, stated: `0（${negation.text}）`, narrow });
      }
      negation = null;
    };
    const conceptOf = (token: Token): string | undefined => {
      const { alternative } = token;
      if (alternative.kind === 'concept') return alternative.id;
      if (alternative.kind !== 'qualifier' || lastGroup === undefined) return undefined;
      const id = `${lastGroup}-${alternative.id}`;
      return concepts.has(id) ? id : undefined;
    };
    const gapOf = (id: string) => concepts.get(id)?.gap ?? vocabulary.gap;
    const attaches = (gap: string, limit: number) =>
      gap.length <= limit && (!BREAK.test(gap) || TOTAL_AFTER_COMMA.test(gap));

    tokens.forEach((token, index) => {
      const previousEnd = index > 0 ? tokens[index - 1].end : 0;
      // 未收到…行政复议、提起行政诉讼的申请: a list stays under the negation; a clause ends it.
      if (CLAUSE_END.test(sentence.slice(previousEnd, token.start))) flushNegation();
      const { alternative } = token;

      if (alternative.kind === 'concept' || alternative.kind === 'qualifier') {
        const id = conceptOf(token);
        if (id === undefined || consumed.has(index)) return;
        if (groups.has(id)) {
          lastGroup = id;
          if (!groupsSeen.includes(id)) groupsSeen.push(id);
        }
        if (negation) negation.ids.push(id);
        const joined = pending !== null && CONNECTOR.test(sentence.slice(pending.end, token.start));
        pending = {
          ids: joined && pending ? [...pending.ids, id] : [id],
          end: token.end,
          gap: gapOf(id),
        };
        return;
      }

      if (alternative.kind === 'negation') {
        flushNegation();
        negation = { text: token.text, ids: [] };
        return;
      }

      if (alternative.kind === 'outcome') {
        for (const group of groupsSeen) {
          for (const part of alternative.zero) {
            const id = `${group}-${part}`;
            if (concepts.has(id)) {
              claims.push({ concepts: [id], value: 0, stated: `0（${token.text}）`, narrow });
            }
          }
        }
        return;
      }

      if (alternative.kind === 'percent') {
        const part = lastClaim;
        lastClaim = null;
        if (!part || part.claim.shareOf) return;
        const gap = sentence.slice(part.end, token.start);
        if (gap.length > SHARE_GAP || !gap.includes('占')) return;
        const explicit =
          pending !== null && pending.end > part.end && pending.end <= token.start
            ? pending.ids
            : undefined;
        const whole = explicit ?? concepts.get(part.claim.concepts[0])?.shareOf;
        if (whole === undefined) return;
        const raw = token.groups[0];
        const value = parseStatedNumber(raw);
        if (value === null) return;
        claims.push({
          concepts: part.claim.concepts,
          value,
          stated: `${raw}%`,
          shareOf: Array.isArray(whole) ? whole : [whole],
          decimals: decimalsOf(raw),
          narrow,
        });
        return;
      }

      // A stated count.
      negation = null;
      const [raw, approximate, unit] = token.groups;
      let subject: string[] | undefined;
      if (pending && attaches(sentence.slice(pending.end, token.start), pending.gap)) {
        subject = pending.ids;
      } else {
        const next = tokens[index + 1];
        const id = next ? conceptOf(next) : undefined;
        if (id !== undefined && attaches(sentence.slice(token.end, next.start), POSTFIX_GAP)) {
          subject = [id];
          consumed.add(index + 1);
        }
      }
      pending = null;
      lastClaim = null;
      const value = parseStatedNumber(raw);
      const before = sentence.slice(Math.max(0, token.start - 2), token.start);
      if (!subject || value === null || approximate || APPROXIMATE_BEFORE.test(before)) return;
      const claim: ProseClaim = {
        concepts: subject,
        // Rounded as parseStatedNumber rounds: 3940元 is 0.394万元, not 0.39400000000000002.
        value: Math.round(value * vocabulary.units[unit] * 1e6) / 1e6,
        stated: token.text,
        narrow,
      };
      claims.push(claim);
      lastClaim = { claim, end: token.end };
    });
    flushNegation();
    return claims;
  };
}

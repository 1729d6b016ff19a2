import { NUMBER_SOURCE } from './numbers';
import { requiredLiteral } from './phrase-pattern';
import type { ProseVocabulary } from '../contracts/rules';

/**
 * A sentence cut into what the prose reader looks at: names of concepts, qualifiers, outcomes and
 * negations from the vocabulary, stated counts (number + unit) and percentages. Each name is its own
 * regex, run only when the sentence contains the text every match of it contains: one alternation
 * of a hundred names costs a hundred attempts at every character, and checking runs on keystrokes.
 */

export type TokenKind =
  | { kind: 'concept'; id: string }
  | { kind: 'qualifier'; id: string }
  | { kind: 'outcome'; zero: string[] }
  | { kind: 'negation' }
  | { kind: 'reference' }
  | { kind: 'percent' }
  | { kind: 'number' };

export interface Token {
  what: TokenKind;
  start: number;
  end: number;
  text: string;
  /** The captures of a number (value, 余/多, unit) or a percentage (value). */
  groups: string[];
}

interface Matcher {
  what: TokenKind;
  regex: RegExp;
  literal: string;
}

export interface Tokenizer {
  /** Tokens in order, none overlapping; [] when the sentence states no figure, outcome or none. */
  (sentence: string): Token[];
}

// Where two tokens start at one character: 无被纠错 is an outcome before 纠错 is a qualifier, 没有现成信息
// and 未经复议直接起诉 are concepts before 没有/未 negate, a name before a figure.
const RANKS: Record<TokenKind['kind'], number> = {
  outcome: 0,
  concept: 1,
  qualifier: 2,
  negation: 3,
  reference: 3,
  percent: 4,
  number: 5,
};

/** Earlier first; at one character the lower rank, then the longer. */
function byPosition(a: Token, b: Token): number {
  return a.start - b.start || RANKS[a.what.kind] - RANKS[b.what.kind] || b.end - a.end;
}

function matcher(source: string, what: TokenKind): Matcher {
  return {
    what,
    regex: new RegExp(source, 'g'),
    literal: requiredLiteral(source),
  };
}

/** Matchers sharing a literal (申请, 公开…), so that each literal is looked for once per text. */
function byLiteral(matchers: Matcher[]): Matcher[][] {
  const groups = new Map<string, Matcher[]>();
  for (const m of matchers) groups.set(m.literal, [...(groups.get(m.literal) ?? []), m]);
  return [...groups.values()];
}

function matchGroups(text: string, groups: Matcher[][], into: Token[]): void {
  for (const group of groups) {
    const { literal } = group[0];
    if (literal !== '' && !text.includes(literal)) continue;
    for (const m of group) matchAll(text, m, into);
  }
}

function matchAll(sentence: string, { regex, what }: Matcher, into: Token[]): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
    if (match[0] === '') {
      regex.lastIndex += 1;
      continue;
    }
    into.push({
      what,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      groups: match.slice(1),
    });
  }
}

// Character tests by lookup, not regex: they run on every character of every number.
const DIGITS = '0123456789０１２３４５６７８９.,';
const NUMERALS = '零〇一二两三四五六七八九十百千万亿';
const isDigit = (c: string | undefined) => c !== undefined && c !== '' && DIGITS.includes(c);
const isNumeral = (c: string | undefined) => c !== undefined && c !== '' && NUMERALS.includes(c);
const COUNT = new RegExp(`^(?:${NUMBER_SOURCE})$`);
const PERCENT = /^[0-9０-９]+(?:\.[0-9０-９]+)?$/;

/**
 * Stated counts and percentages, found from their unit or % backwards: units are rare in prose, and
 * a number pattern tried at every character (Chinese numerals included) costs more than all the
 * names together.
 */
function figureFinder(units: string[]): (text: string, into: Token[]) => void {
  const marks = new RegExp(`${units.join('|')}|[%％]`, 'g');
  return (text, into) => {
    marks.lastIndex = 0;
    for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
      const percent = mark[0] === '%' || mark[0] === '％';
      let end = mark.index;
      const approximate = !percent && (text[end - 1] === '余' || text[end - 1] === '多');
      if (approximate) end -= 1;
      let start = end;
      // 16.3万件: a trailing 万/亿 scales Arabic digits.
      const scaled =
        !percent &&
        (text[start - 1] === '万' || text[start - 1] === '亿') &&
        isDigit(text[start - 2]);
      if (scaled) start -= 1;
      const accepted = percent || isDigit(text[start - 1]) ? isDigit : isNumeral;
      while (start > 0 && accepted(text[start - 1])) start -= 1;
      // The separator before a number ("信息,32条") is punctuation, not part of it.
      while (start < end && (text[start] === ',' || text[start] === '.')) start += 1;
      const raw = text.slice(start, end);
      if (raw === '' || !(percent ? PERCENT : COUNT).test(raw)) continue;
      // 第一项 is an ordinal, not a count.
      if (!percent && text[start - 1] === '第') continue;
      const stop = mark.index + mark[0].length;
      into.push({
        what: percent ? { kind: 'percent' } : { kind: 'number' },
        start,
        end: stop,
        text: text.slice(start, stop),
        groups: percent ? [raw] : [raw, approximate ? text[end] : '', mark[0]],
      });
    }
  };
}

export function compileTokenizer(vocabulary: ProseVocabulary): Tokenizer {
  // 万元 before 元: the alternation takes the first that matches.
  const findFigures = figureFinder(
    Object.keys(vocabulary.units).sort((a, b) => b.length - a.length),
  );
  const statements = byLiteral([
    ...(vocabulary.outcomes ?? []).flatMap(({ names, zero }) =>
      names.map((name) => matcher(name, { kind: 'outcome', zero })),
    ),
    ...(vocabulary.negations ?? []).map((name) => matcher(name, { kind: 'negation' })),
  ]);
  const words = byLiteral([
    ...(vocabulary.references ?? []).map((name) => matcher(name, { kind: 'reference' })),
    ...vocabulary.concepts.flatMap(({ id, names }) =>
      (names ?? []).map((name) => matcher(name, { kind: 'concept', id })),
    ),
    ...(vocabulary.qualifiers ?? []).flatMap(({ id, names }) =>
      names.map((name) => matcher(name, { kind: 'qualifier', id })),
    ),
  ]);

  return (sentence) => {
    const found: Token[] = [];
    findFigures(sentence, found);
    matchGroups(sentence, statements, found);
    // Without a figure, an outcome or a negation the sentence states nothing to check.
    if (found.length === 0) return [];
    matchGroups(sentence, words, found);
    found.sort(byPosition);
    const tokens: Token[] = [];
    let end = 0;
    for (const token of found) {
      if (token.start < end) continue;
      tokens.push(token);
      end = token.end;
    }
    return tokens;
  };
}

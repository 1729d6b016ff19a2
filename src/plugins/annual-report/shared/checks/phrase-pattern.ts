import { NUMBER_SOURCE } from './numbers';

/**
 * Turns a phrase pattern as written in a template into a RegExp: `{n}` becomes a named capture of a
 * stated number, and `,` `:` `;` `%` `\(` `\)` accept the fullwidth character too, since reports mix
 * both widths (the seed uses halfwidth throughout).
 */

const FULLWIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '%': '％',
  '(': '（',
  ')': '）',
};

// A number must not start inside another one: "1103件" is not "103件".
const NUMBER_START = '(?<![0-9０-９.,])';

export interface CompiledPattern {
  regex: RegExp;
  /** How many `{n}` the pattern has. */
  numbers: number;
  /** Text every match contains, to skip the regex on sections without it ('' when none is known). */
  literal: string;
}

export function compilePhrasePattern(pattern: string): CompiledPattern {
  let source = '';
  let inClass = false;
  let numbers = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i += 1;
      if (next === '(' || next === ')') {
        source += inClass ? `\\${next}${FULLWIDTH[next]}` : `[\\${next}${FULLWIDTH[next]}]`;
      } else {
        source += c + next;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      source += c in FULLWIDTH ? c + FULLWIDTH[c] : c;
    } else if (c === '(' && pattern[i + 1] === '?') {
      // A group's own syntax, (?: (?= (?<! (?<name>, holds no punctuation to widen.
      const end = /^\(\?(?:<[=!]|<[^>]*>|.)/.exec(pattern.slice(i))?.[0] ?? '(?';
      source += end;
      i += end.length - 1;
    } else if (c === '[') {
      inClass = true;
      source += c;
    } else if (pattern.startsWith('{n}', i)) {
      source += `${NUMBER_START}(?<n${numbers}>${NUMBER_SOURCE})`;
      numbers += 1;
      i += 2;
    } else if (c === '{') {
      // A quantifier such as {0,20}: its comma is not punctuation.
      const end = pattern.indexOf('}', i);
      const stop = end < 0 ? pattern.length - 1 : end;
      source += pattern.slice(i, stop + 1);
      i = stop;
    } else if (c === ',' || c === ':' || c === ';' || c === '%') {
      source += `[${c}${FULLWIDTH[c]}]`;
    } else {
      source += c;
    }
  }
  return { regex: new RegExp(source, 'g'), numbers, literal: requiredLiteral(pattern) };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The longest run of Chinese characters outside any group, class or quantifier: a match must contain
 * it, and String#indexOf finds it far faster than the regex engine can rule a section out.
 */
export function requiredLiteral(pattern: string): string {
  let depth = 0;
  let inClass = false;
  let run = '';
  let best = '';
  const flush = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') {
      i += 1;
      flush();
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      flush();
    } else if (c === '(' || c === ')') {
      depth += c === '(' ? 1 : -1;
      flush();
    } else if (depth > 0) {
      continue;
    } else if (c === '|') {
      // Alternatives at the top: no text is common to every match.
      return '';
    } else if (pattern.startsWith('{n}', i)) {
      flush();
      i += 2;
    } else if (c === '?' || c === '*' || c === '{') {
      // The character before an optional quantifier may be absent.
      run = run.slice(0, -1);
      flush();
      if (c === '{') i = Math.max(i, pattern.indexOf('}', i));
    } else if (HAN.test(c)) {
      run += c;
    } else {
      flush();
    }
  }
  flush();
  return best;
}

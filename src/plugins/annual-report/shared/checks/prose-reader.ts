import { parseStatedNumber } from './numbers';
import {
  ATTACHED,
  CLAUSE_END,
  clauseBefore,
  oneReading,
  otherPeriod,
  QUOTE_MARK,
  quoted,
  SCOPE,
} from './prose-certainty';
import { compileTokenizer, type Token } from './prose-tokens';
import type { ProseConcept, ProseVocabulary } from '../contracts/rules';

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
  /**
   * The reading is certain enough to block publication (the severity policy of docs/rules.md): one
   * concept, named in the form's own phrasing, its number attached in the form's unit, not under
   * a negation, a scope (其中, 在…申请中), a quotation or a narrowing. Every other claim is a warning.
   */
  certain: boolean;
  /** Where the statement starts and ends in the sentence (the figure, or the words stating none). */
  from: number;
  at: number;
}

export interface ReadSentence {
  sentence: string;
  claims: ProseClaim[];
}

export interface ProseReader {
  /** The claims of one sentence, whitespace removed. */
  sentence(text: string, year?: number): ProseClaim[];
  /**
   * The sentences of a paragraph (whitespace removed) that state a claim, with their claims.
   * `year`: the report's, so that a figure of another year named beside it is not certain.
   */
  paragraph(text: string, year?: number): ReadSentence[];
}

const SENTENCE_END = /[。！？!?]/g;

// Clause punctuation: a concept and its number are in one clause.
const BREAK = /[，,；;。！？!?、（）()]/;
// "共收到申请，共计12件": the total after a comma still belongs to the concept.
const TOTAL_AFTER_COMMA = /^[^，,；;。！？!?、（）()]*[，,](?:共计|共|合计|总计|计)$/;
const CONNECTOR = /^(?:及|和|与|、|以及|加|或)$/;
// Approximate figures (5500余条, 近1000条) restate no cell.
const APPROXIMATE_BEFORE = /(?:近|约|超过|超|逾|大约)$/;
// A concept after its number takes it only across a copula or the verb bringing a case: "103件顺延到
// 下年度", "3件为行政复议", "2件被申请人提起行政复议"; "60个单位的主动公开信息" counts units.
const POSTFIX = /^(?:的|为|是|系|属于|涉及|进入|被?(?:申请人)?(?:提起|申请))?$/;
const SHARE_GAP = 16;

function decimalsOf(raw: string): number {
  const point = raw.indexOf('.');
  return point < 0 ? 0 : raw.length - point - 1;
}

/** What is read of the whole sentence before its tokens, for the certainty of its readings. */
interface SentenceFacts {
  /** It may speak of part of the reporting body only. */
  narrow: boolean;
  /** Where its first scope (其中…) starts, or its end. */
  scope: number;
  /** The report's year. */
  year: number | undefined;
  /** It holds a quotation mark (most do not: no reading then needs scanning for one). */
  hasQuotes: boolean;
}

/** What a reading needs of the vocabulary, looked up once. */
interface Lexicon {
  concepts: Map<string, ProseConcept>;
  groups: Set<string>;
  vocabulary: ProseVocabulary;
  /** By concept or qualifier id: whether a name's text is one of the form's own phrasings. */
  form: Map<string, RegExp>;
  formUnits: Set<string>;
}

/**
 * One sentence's reading, token by token: the concept pending a number, the appeals group last
 * named, the claim a 占X% would follow, the concepts under a negation. A class, so that reading a
 * sentence allocates no closures (checking runs on every keystroke).
 */
class SentenceReading {
  readonly claims: ProseClaim[] = [];
  private pending: {
    ids: string[];
    end: number;
    gap: number;
    form: boolean;
    /** Where the concept is named, for the words before it in its clause. */
    start: number;
  } | null = null;
  /** The concepts named last, and those named last before this clause ("相关案件" takes them up). */
  private named: string[] = [];
  private namedBefore: string[] = [];
  private lastGroup: string | undefined;
  private readonly groupsSeen: string[] = [];
  private lastClaim: { claim: ProseClaim; end: number } | null = null;
  private negation: { text: string; ids: string[]; end: number } | null = null;
  /** A concept named right after a number that took it ("103件顺延到下年度"). */
  private consumed = -1;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly from: number,
    private readonly facts: SentenceFacts,
  ) {}

  read(): ProseClaim[] {
    for (let index = 0; index < this.tokens.length; index += 1) this.step(index);
    this.flushNegation();
    return this.claims;
  }

  private step(index: number): void {
    const token = this.tokens[index];
    const previousEnd = index > 0 ? this.tokens[index - 1].end : this.from;
    // 未收到…行政复议、提起行政诉讼的申请: a list stays under the negation; a clause ends it.
    if (CLAUSE_END.test(this.text.slice(previousEnd, token.start))) {
      this.flushNegation();
      this.namedBefore = this.named;
    }
    switch (token.what.kind) {
      case 'concept':
      case 'qualifier':
        if (index !== this.consumed) this.concept(token);
        return;
      case 'reference':
        if (this.namedBefore.length > 0) {
          this.pending = {
            ids: this.namedBefore,
            end: token.end,
            gap: this.lexicon.vocabulary.gap,
            form: false,
            start: token.start,
          };
        }
        return;
      case 'negation':
        this.flushNegation();
        this.negation = { text: token.text, ids: [], end: token.end };
        return;
      case 'outcome':
        this.outcome(token, token.what.zero);
        return;
      case 'percent':
        this.percent(token);
        return;
      case 'number':
        this.count(index, token);
    }
  }

  private conceptOf(token: Token): string | undefined {
    const { what } = token;
    if (what.kind === 'concept') return what.id;
    if (what.kind !== 'qualifier' || this.lastGroup === undefined) return undefined;
    const id = `${this.lastGroup}-${what.id}`;
    return this.lexicon.concepts.has(id) ? id : undefined;
  }

  private concept(token: Token): void {
    const id = this.conceptOf(token);
    if (id === undefined) return;
    if (this.lexicon.groups.has(id)) {
      this.lastGroup = id;
      if (!this.groupsSeen.includes(id)) this.groupsSeen.push(id);
    }
    if (this.negation) this.negation.ids.push(id);
    const { pending } = this;
    const joined = pending !== null && CONNECTOR.test(this.text.slice(pending.end, token.start));
    const { form } = this.lexicon;
    // A qualifier is the form's own only after a group the form names (行政复议…结果维持).
    const { what } = token;
    const qualified = what.kind === 'qualifier';
    const formName = form.get(qualified ? `qualifier:${what.id}` : id);
    const formGroup = !qualified || (this.lastGroup !== undefined && form.has(this.lastGroup));
    this.pending = {
      ids: joined ? [...pending.ids, id] : [id],
      end: token.end,
      gap: this.lexicon.concepts.get(id)?.gap ?? this.lexicon.vocabulary.gap,
      form: !joined && formGroup && formName !== undefined && formName.test(token.text),
      start: token.start,
    };
    this.named = this.pending.ids;
  }

  private flushNegation(): void {
    const { negation } = this;
    if (!negation) return;
    for (const id of negation.ids) {
      this.claims.push({
        concepts: [id],
        value: 0,
        stated: `0（${negation.text}）`,
        narrow: this.facts.narrow,
        certain: false,
        from: negation.end - negation.text.length - this.from,
        at: negation.end - this.from,
      });
    }
    this.negation = null;
  }

  private outcome(token: Token, zero: string[]): void {
    for (const group of this.groupsSeen) {
      for (const part of zero) {
        const id = `${group}-${part}`;
        if (this.lexicon.concepts.has(id)) {
          this.claims.push({
            concepts: [id],
            value: 0,
            stated: `0（${token.text}）`,
            narrow: this.facts.narrow,
            certain: false,
            from: token.start - this.from,
            at: token.end - this.from,
          });
        }
      }
    }
  }

  private percent(token: Token): void {
    const part = this.lastClaim;
    this.lastClaim = null;
    if (!part || part.claim.shareOf) return;
    const gap = this.text.slice(part.end, token.start);
    if (gap.length > SHARE_GAP || !gap.includes('占')) return;
    // A concept named between 占 and the figure is the whole ("占新收申请的40%").
    const { pending } = this;
    const explicit =
      pending !== null && pending.end > part.end && pending.end <= token.start
        ? pending.ids
        : undefined;
    const shareOf = this.lexicon.concepts.get(part.claim.concepts[0])?.shareOf;
    const whole = explicit ?? (shareOf === undefined ? undefined : [shareOf]);
    const raw = token.groups[0];
    const value = parseStatedNumber(raw);
    if (whole === undefined || value === null) return;
    this.claims.push({
      concepts: part.claim.concepts,
      value,
      stated: `${raw}%`,
      shareOf: whole,
      decimals: decimalsOf(raw),
      narrow: this.facts.narrow,
      // Which whole a share is of, and how it was rounded, is the writer's: never certain.
      certain: false,
      from: token.start - this.from,
      at: token.end - this.from,
    });
  }

  private count(index: number, token: Token): void {
    this.negation = null;
    const { text, pending } = this;
    const [raw, approximate, unit] = token.groups;
    let subject: string[] | undefined;
    let certain = false;
    if (pending && attaches(text.slice(pending.end, token.start), pending.gap)) {
      subject = pending.ids;
      certain =
        pending.form &&
        ATTACHED.test(text.slice(pending.end, token.start)) &&
        this.certainAt(token, unit, subject[0], pending.start);
    } else {
      const next = this.tokens[index + 1];
      const id = next ? this.conceptOf(next) : undefined;
      if (id !== undefined && POSTFIX.test(text.slice(token.end, next.start))) {
        subject = [id];
        this.consumed = index + 1;
      }
    }
    this.pending = null;
    this.lastClaim = null;
    const value = parseStatedNumber(raw);
    const before = text.slice(Math.max(this.from, token.start - 2), token.start);
    if (!subject || value === null || approximate || APPROXIMATE_BEFORE.test(before)) return;
    const claim: ProseClaim = {
      concepts: subject,
      // Rounded as parseStatedNumber rounds: 3940元 is 0.394万元, not 0.39400000000000002.
      value: Math.round(value * this.lexicon.vocabulary.units[unit] * 1e6) / 1e6,
      stated: token.text,
      narrow: this.facts.narrow,
      certain,
      from: token.start - this.from,
      at: token.end - this.from,
    };
    this.claims.push(claim);
    this.lastClaim = { claim, end: token.end };
  }

  /** What makes an attached form phrasing's figure certain besides its name: see ProseClaim.certain. */
  private certainAt(token: Token, unit: string, id: string, conceptStart: number): boolean {
    const { narrow, scope, year, hasQuotes } = this.facts;
    return (
      !narrow &&
      token.start < scope &&
      this.lexicon.formUnits.has(unit) &&
      oneReading(this.lexicon.concepts.get(id)) &&
      !(hasQuotes && quoted(this.text, this.from, token.start)) &&
      !otherPeriod(clauseBefore(this.text, this.from, conceptStart), year)
    );
  }
}

function attaches(gap: string, limit: number): boolean {
  return gap.length <= limit && (!BREAK.test(gap) || TOTAL_AFTER_COMMA.test(gap));
}

export function compileReader(vocabulary: ProseVocabulary): ProseReader {
  const tokenize = compileTokenizer(vocabulary);
  const anchored = (sources: string[]) => new RegExp(`^(?:${sources.join('|')})$`);
  const form = new Map<string, RegExp>();
  for (const { id, form: names } of vocabulary.concepts) {
    if (names?.length) form.set(id, anchored(names));
  }
  for (const { id, form: names } of vocabulary.qualifiers ?? []) {
    if (names?.length) form.set(`qualifier:${id}`, anchored(names));
  }
  const lexicon: Lexicon = {
    concepts: new Map(vocabulary.concepts.map((concept) => [concept.id, concept])),
    groups: new Set(vocabulary.groups ?? []),
    vocabulary,
    form,
    formUnits: new Set(vocabulary.formUnits ?? Object.keys(vocabulary.units)),
  };
  const narrowing = (vocabulary.narrowing ?? []).map((source) => new RegExp(source));

  /** The claims of text[from, to), one sentence, from its tokens (positions in text). */
  const claimsOf = (
    text: string,
    tokens: Token[],
    from: number,
    to: number,
    year: number | undefined,
  ): ProseClaim[] => {
    const sentence = text.slice(from, to);
    let narrow = false;
    for (const regex of narrowing) narrow ||= regex.test(sentence);
    const scope = SCOPE.exec(sentence);
    return new SentenceReading(lexicon, text, tokens, from, {
      narrow,
      scope: scope ? from + scope.index : to,
      year,
      hasQuotes: QUOTE_MARK.test(sentence),
    }).read();
  };

  return {
    sentence: (text, year) => {
      const tokens = tokenize(text);
      return tokens.length === 0 ? [] : claimsOf(text, tokens, 0, text.length, year);
    },
    paragraph: (text, year) => {
      const tokens = tokenize(text);
      if (tokens.length === 0) return [];
      const read: ReadSentence[] = [];
      let first = 0;
      let from = 0;
      SENTENCE_END.lastIndex = 0;
      while (first < tokens.length) {
        const end = SENTENCE_END.exec(text);
        const to = end ? end.index + 1 : text.length;
        let last = first;
        while (last < tokens.length && tokens[last].start < to) last += 1;
        if (last > first) {
          const claims = claimsOf(text, tokens.slice(first, last), from, to, year);
          if (claims.length > 0) read.push({ sentence: text.slice(from, to), claims });
        }
        first = last;
        from = to;
      }
      return read;
    },
  };
}

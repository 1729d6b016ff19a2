import type { Severity } from './checks';
import type { AgencyLevel } from './report';
import type { Localized } from './text';

/**
 * Rules are data declared by each template and evaluated generically (shared/checks/evaluators),
 * so a site's own template gets the same checks without code. The value rules (V1–V4) are not
 * declared: they follow from the template's tables and cell kinds.
 */

export type { Severity };

/** A cell of a table. row/column may be '$row' / '$col', filled in from the rule's `each`. */
export interface CellRef {
  table: string;
  row: string;
  column: string;
}

export interface Term extends CellRef {
  /** -1 subtracts the cell. Defaults to 1. */
  sign?: 1 | -1;
  /** Read the cell from the same agency's previous-year report (context); skipped without it. */
  previousYear?: boolean;
}

interface RuleBase {
  /** Rule id as in docs/rules.md: L1, T3-1, N1… */
  id: string;
  severity: Severity;
  /** Shown in messages after the expected value: for a relation, what the expected value is (各项之和). */
  title: Localized;
  /**
   * Where the rule comes from (a law, the form, or 本系统统计口径), cited by every finding. Every
   * built-in rule has one; a site's own rule without it is cited as the site's own.
   */
  basis?: Localized;
}

/**
 * Σ left (op) Σ right, for every row × column of `each`. Findings point at left[0], a cell of this
 * year's report, whose expected value is what the other terms make it: write first the cell a
 * reviewer would correct (the total, the carry-forward).
 */
export interface RelationRule extends RuleBase {
  kind: 'relation';
  left: Term[];
  op: '=' | '<=' | '>=';
  right: Term[];
  each?: { rows?: string[]; columns?: string[] };
}

/** The stated number is Σ `sum` (or Σ one of `orSum`, readings of the same phrase met in real reports). */
export interface ProseCount {
  sum: Term[];
  orSum?: Term[][];
  /** The phrase states this number in words (未受理 → 0) and has no `{n}` for it. */
  stated?: number;
}

/** The stated number is a percentage: 100 × Σ part / Σ whole, as rounded or truncated by the writer. */
export interface ProsePercent {
  percent: { part: Term[]; whole: Term[] };
}

export type ProseValue = ProseCount | ProsePercent;

export interface ProsePhrase {
  /**
   * Regular expression source, matched against a section's text with all whitespace removed.
   * `{n}` captures a number (Arabic with separators, decimals or 万, or Chinese numerals).
   * `,` `:` `;` `%` `\(` `\)` match both the halfwidth and the fullwidth character.
   */
  pattern: string;
  /** Section keys searched; every section when absent. */
  sections?: string[];
  /** The values without `stated` take the `{n}` of the pattern in order; an unmatched optional `{n}` is skipped. */
  values: ProseValue[];
}

/**
 * Something the tables count, as the prose names it. A reader finds "concept … N 件" claims with
 * these names (prose-reader.ts); N1 compares each claim with the concept's cells.
 */
export interface ProseConcept {
  /** Stable across formats (new, disclosed, review-upheld…): claims and the fixtures name it. */
  id: string;
  /**
   * Regular expression sources for the words that name it (synonyms, abbreviations), matched on
   * text without whitespace. A concept reached only through a qualifier ("review-upheld") has none.
   */
  names?: string[];
  /**
   * The cells it counts. The first reading is what a finding expects; a number equal to any reading
   * agrees (受理 counts new applications in most reports, new plus carried-over in some). Absent
   * when this template's tables do not count it: the reader still knows the words.
   */
  readings?: Term[][];
  /**
   * The form's own phrasings among `names` (anchored regular expression sources): 本年新收…申请,
   * 上年结转…申请, 予以公开. Only a figure attached to one of these can be an error; a figure read
   * through any other name is a warning (docs/rules.md, the severity policy).
   */
  form?: string[];
  /** The words may mean something else than the cells: a disagreement is a warning. */
  ambiguous?: boolean;
  /** The concept a "占X%" after this one is a share of. */
  shareOf?: string;
  /** Longest text between the name and its number; defaults to the vocabulary's. */
  gap?: number;
}

/** Words that name a part of the group last mentioned: 维持 after 行政复议 is concept review-upheld. */
export interface ProseQualifier {
  id: string;
  names: string[];
  /** The form's own phrasings among `names`, as for a concept (结果维持, not 维持). */
  form?: string[];
}

/** Words stating that some parts of every group named before are 0: 均获维持 ⇒ 纠正, 其他, 尚未审结. */
export interface ProseOutcome {
  names: string[];
  zero: string[];
}

export interface ProseVocabulary {
  concepts: ProseConcept[];
  /** Concept ids that qualifiers attach to; the qualified concept's id is `${group}-${qualifier}`. */
  groups?: string[];
  qualifiers?: ProseQualifier[];
  outcomes?: ProseOutcome[];
  /** Words that state the concepts after them as none (未收到…申请 ⇒ 0). */
  negations?: string[];
  /** Words that take up the concepts named last, across clauses: "相关案件" after 行政复议、行政诉讼. */
  references?: string[];
  /** Units of a stated count and the factor to the cells' unit (元 → 万元 is 0.0001). */
  units: Record<string, number>;
  /** The units the form counts in (件, 万元): a figure in another unit is a warning at most. All of `units` when absent. */
  formUnits?: string[];
  /** Words that may narrow a sentence to part of the reporting body (代表…受理): warnings only. */
  narrowing?: string[];
  /** Longest text between a concept's name and its number. */
  gap: number;
}

/** N1: numbers in the prose that restate table cells. Findings point at the section body. */
export interface ProseRule extends RuleBase {
  kind: 'prose';
  /** Claims read with this vocabulary are compared with the tables. */
  vocabulary?: ProseVocabulary;
  /** Fixed phrases, for what the vocabulary cannot say (a site's own wording). */
  phrases?: ProsePhrase[];
}

/** S1: the template's required sections are present, in order, numbered 一, 二, … without gaps. */
export interface SectionsRule extends RuleBase {
  kind: 'sections';
}

/**
 * Y1: the title names the report year, every statistics period (YYYY年1月1日至12月31日, searched in
 * the preface and the `openers` sections) covers it, and paragraphs of the `openers` sections that
 * open with a year ("2024年，我市…") open with the report year.
 */
export interface YearRule extends RuleBase {
  kind: 'year';
  openers: string[];
}

export interface MonthDay {
  month: number;
  day: number;
}

/** D1: issuedOn is on or before this day of the year after the report year. */
export interface DeadlineRule extends RuleBase {
  kind: 'deadline';
  due: MonthDay;
  dueByLevel?: Partial<Record<AgencyLevel, MonthDay>>;
  /**
   * A published report without 公开日期 is a warning: its deadline cannot be checked. The national
   * formats ask it; pre-2019 reports come from archives that seldom kept the date.
   */
  dateRequired?: boolean;
}

/** C1: the prose is nearly the same as the previous year's (character-bigram Dice ≥ threshold). */
export interface SimilarityRule extends RuleBase {
  kind: 'similarity';
  threshold: number;
}

/** Something a text should state, recognised by a pattern. */
export interface TextItem {
  label: Localized;
  /** Regular expression source, matched against the text with all whitespace removed. */
  pattern: string;
}

export type ContactItem = TextItem;

/** The preface or the first section gives every item (address, postcode, phone). */
export interface ContactRule extends RuleBase {
  kind: 'contact';
  items: ContactItem[];
}

/**
 * R1: the preface and every section have content; "本年度无……" or "无。" is content. A template
 * section that prints a table may hold only the table.
 */
export interface ContentRule extends RuleBase {
  kind: 'content';
}

/** R2: a section (by key) mentions every topic it should cover. Skipped when the section is absent. */
export interface CoverageRule extends RuleBase {
  kind: 'coverage';
  section: string;
  topics: TextItem[];
}

export type Rule =
  | RelationRule
  | ContentRule
  | CoverageRule
  | ProseRule
  | SectionsRule
  | YearRule
  | DeadlineRule
  | SimilarityRule
  | ContactRule;

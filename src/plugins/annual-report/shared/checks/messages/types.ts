import type { Localized } from '../../contracts/text';

type Op = '=' | '<=' | '>=';

/**
 * Every message of the rule engine, one function per message: each language implements them all
 * (zh-Hans.ts, en.ts), so that a wording review reads each language in one file, and a message
 * missing in one language does not compile. Localized arguments are picked by the language.
 */
export interface CheckMessages {
  // Values (V1–V7)
  missingTable(title: string): string;
  blankCells(title: string, count: number): string;
  blankTotal(label: string, sumOf: Localized): string;
  blank(label: string): string;
  notANumber(label: string, shown: string): string;
  negative(label: string, shown: string): string;
  notAnInteger(label: string, shown: string): string;
  outOfRange(label: string, shown: string, maxCount: number, maxMoney: number): string;
  tooManyDecimals(label: string, shown: string, unit: string, decimals: number): string;
  unknownTable(key: string): string;
  repeatedTable(title: string): string;
  unknownRow(title: string, row: string): string;
  unknownColumn(title: string, column: string): string;
  // Relations
  relationFails(
    label: string,
    op: Op,
    expected: number,
    title: Localized,
    blanksAsZero: boolean,
    actual: number,
  ): string;
  relationBlankTotal(
    label: string,
    expected: number,
    title: Localized,
    blanksAsZero: boolean,
  ): string;
  /** No value the cell can hold (≥ 0) makes the relation true: the other cells must change. */
  relationNoValue(label: string, title: Localized, blanksAsZero: boolean, actual: number | null): string;
  // Prose (N1)
  proseDisagrees(quote: string, stated: string, expectation: Localized): string;
  proseCount(label: Localized, expected: number): string;
  proseShare(part: Localized, whole: Localized, expected: number): string;
  // Sections (S1), content (R1, R2), contact (K1)
  sectionMissing(number: string, name: string): string;
  sectionBefore(heading: string, before: string): string;
  sectionAfter(heading: string, after: string): string;
  sectionFoldInto(heading: string, target: string): string;
  sectionNumber(position: number, heading: string, expected: string, actual: string): string;
  emptyPreface(): string;
  emptySection(numberedHeading: string): string;
  notCovered(heading: string, topics: Localized[]): string;
  noContact(items: Localized[]): string;
  // Year (Y1), deadline (D1), similarity (C1)
  yearMismatch(where: 'title' | 'period' | 'paragraph', found: number, year: number): string;
  titleWithoutYear(year: number): string;
  noIssuedOn(): string;
  late(issued: string, dueOn: string, who: Localized | null, month: number, day: number): string;
  copied(percent: number, threshold: number): string;
}

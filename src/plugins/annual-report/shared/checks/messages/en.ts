import type { CheckMessages } from './types';

const VERB = { '=': 'should be', '<=': 'should be at most', '>=': 'should be at least' } as const;
const BLANKS_AS_ZERO = ', blank cells counted as 0';
const WHERE = {
  title: 'The title',
  period: 'The statistics period',
  paragraph: 'A paragraph of the text',
} as const;

export const en: CheckMessages = {
  missingTable: (title) => `Table “${title}” is missing`,
  blankCells: (title, count) => `Table “${title}” has ${count} blank cells`,
  blankTotal: (label, sumOf) => `“${label}” is blank: enter ${sumOf.en}`,
  blank: (label) => `“${label}” is blank: enter a number (0 when there were none)`,
  notANumber: (label, shown) => `“${label}” is not a number: ${shown}`,
  negative: (label, shown) => `“${label}” cannot be negative, but is ${shown}`,
  notAnInteger: (label, shown) => `“${label}” should be a whole number, but is ${shown}`,
  outOfRange: (label, shown, maxCount, maxMoney) =>
    `“${label}” is out of range (counts up to ${maxCount}, amounts up to ${maxMoney}), but is ${shown}`,
  tooManyDecimals: (label, shown, unit, decimals) =>
    `“${label}” is an amount in ${unit} with at most ${decimals} decimals (to the fen), but is ${shown}`,
  unknownTable: (key) => `Table “${key}” is not part of this report format`,
  repeatedTable: (title) => `Table “${title}” appears more than once`,
  unknownRow: (title, row) => `Table “${title}” has no row “${row}”`,
  unknownColumn: (title, column) => `Table “${title}” has no column “${column}”`,
  relationFails: (label, op, expected, title, blanksAsZero, actual) =>
    `“${label}” ${VERB[op]} ${expected} (${title.en}${blanksAsZero ? BLANKS_AS_ZERO : ''}), but is ${actual}`,
  relationBlankTotal: (label, expected, title, blanksAsZero) =>
    `“${label}” is blank; it should be ${expected} (${title.en}${blanksAsZero ? BLANKS_AS_ZERO : ''})`,
  relationNoValue: (label, title, blanksAsZero, actual) =>
    `“${label}” ${actual === null ? 'is blank' : `is ${actual}`}, and no value it can hold agrees with the other cells (${title.en}): ${
      blanksAsZero ? 'fill in the blank cells first' : 'check the other cells'
    }`,
  proseDisagrees: (quote, stated, expectation) =>
    `The text “${quote}” states ${stated}, but ${expectation.en}`,
  proseCount: (label, expected) => `the table gives ${expected} for ${label.en}`,
  proseShare: (part, whole, expected) => `${part.en} is ${expected}% of ${whole.en}`,
  sectionMissing: (_number, name) => `Section “${name}” is missing`,
  sectionBefore: (heading, before) => `“${heading}” should come before “${before}”`,
  sectionAfter: (heading, after) => `“${heading}” should come after “${after}”`,
  sectionFoldInto: (heading, target) =>
    `“${heading}” is not a part of this format: fold it into “${target}”`,
  sectionNumber: (position, heading, expected, actual) =>
    `Section ${position} “${heading}” should be numbered “${expected}”, but is “${actual}”`,
  emptyPreface: () =>
    'The preface is empty: give the legal basis, the statistics period and the contact details',
  emptySection: (numberedHeading) =>
    `“${numberedHeading}” is empty: write this part, or state that there was nothing to report (“本年度无……”)`,
  notCovered: (heading, topics) =>
    `“${heading}” does not cover: ${topics.map((topic) => topic.en).join(', ')}`,
  noContact: (items) =>
    `The preface or first section gives no contact details: ${items.map((item) => item.en).join(', ')} missing`,
  yearMismatch: (where, found, year) =>
    `${WHERE[where]} says ${found}, but the report is for ${year}`,
  titleWithoutYear: (year) => `The title does not name the year (${year}年)`,
  noIssuedOn: () =>
    'The published report has no 公开日期: its deadline cannot be checked, and the outputs carry no date',
  late: (issued, dueOn, who, month, day) =>
    `Published on ${issued}, after the deadline ${dueOn} (${who?.en ?? 'this agency'}: by ${month}/${day} of the next year)`,
  copied: (percent, threshold) =>
    `The text is ${percent}% the same as last year's report (threshold ${threshold}%): copied?`,
};

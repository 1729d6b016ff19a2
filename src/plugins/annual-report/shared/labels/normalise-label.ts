/**
 * A label as a form prints it, reduced to what identifies it, so that the labels of pasted or
 * imported tables can be compared with a template's. Real forms differ from the template in
 * ways that do not change the meaning: spaces and line breaks inside cells (商业\n企业), full- or
 * half-width punctuation, the numbering style (1. 1、 1．, （一） (一)), a 其中: lead-in, quotes,
 * 注 marks, 其它 for 其他. They are dropped; the numbering is kept apart, because two rows of one table may
 * differ only by it (（六）其他 and 3.其他).
 */

// Note marks: circled or superscript digits, asterisks, and a trailing (注1) / 注1.
const NOTE_MARKS = /[\u2460-\u2473\u2776-\u277f\u00b9\u00b2\u00b3\u2070-\u2079*※]/g;
const TRAILING_NOTE = /(?:[（(【[]注[^）)】\]]*[）)】\]]|注\d+)$/;
const NUMERAL = '[一二三四五六七八九十百]+|\\d+';
// After NFKC, so （一） is (一) and １． is 1.
const NUMBERING = new RegExp(
  `^(?:其中:?)?(?:(${NUMERAL})[、.](?!\\d)|\\((${NUMERAL})\\)|【(${NUMERAL})】)`,
);
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const BRACKETED = /\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g;

export interface LabelParts {
  /**
   * The numbering, by its kind and numeral: `list:3` for 3. or 3、, `group:六` for （六）, `top:三`
   * for 三、; empty when the label has none.
   */
  numbering: string;
  /** The words without numbering, whitespace, punctuation or note marks. */
  text: string;
  /** `text` without the bracketed asides (部分公开（区分处理的…） → 部分公开); `text` when that is all. */
  core: string;
}

const numberingOf = (match: RegExpExecArray): string => {
  const [, listed, grouped, boxed] = match;
  if (grouped ?? boxed) return `group:${grouped ?? boxed}`;
  return /\d/.test(listed) ? `list:${listed}` : `top:${listed}`;
};

export function labelParts(label: string): LabelParts {
  const plain = label
    .replace(NOTE_MARKS, '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(TRAILING_NOTE, '')
    .replace(/其它/g, '其他');
  const match = NUMBERING.exec(plain);
  const rest = match ? plain.slice(match[0].length) : plain;
  const text = rest.replace(PUNCTUATION, '');
  const core = rest.replace(BRACKETED, '').replace(PUNCTUATION, '');
  return { numbering: match ? numberingOf(match) : '', text, core: core === '' ? text : core };
}

/** The label's words as `labelParts` reads them: equal for two printings of the same label. */
export const normaliseLabel = (label: string): string => labelParts(label).text;

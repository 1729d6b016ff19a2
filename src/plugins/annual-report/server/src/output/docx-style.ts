import { TextRun } from 'docx';

/**
 * How the printed report looks in Word: A4, the fonts and sizes offices use for these reports
 * (title in 宋体 bold, headings in 黑体, body in 仿宋, tables in 五号), and the text runs that
 * carry them. Sizes are in points; docx wants half-points for fonts and twips (1/20 pt) for lengths.
 */

export const CM = 567; // twips per centimetre

export const PAGE = {
  /** A4 portrait, in twips. */
  width: 11906,
  height: 16838,
  margin: { top: 2.5 * CM, bottom: 2.5 * CM, left: 2 * CM, right: 2 * CM },
};

export const TEXT_WIDTH = {
  portrait: PAGE.width - PAGE.margin.left - PAGE.margin.right,
  landscape: PAGE.height - PAGE.margin.left - PAGE.margin.right,
};

export const FONT = {
  latin: 'Times New Roman',
  title: '宋体',
  heading: '黑体',
  subheading: '楷体',
  body: '仿宋',
};

export const SIZE = {
  title: 22, // 二号
  heading: 16, // 三号
  body: 16, // 三号
  caption: 14, // 四号
  table: 10.5, // 五号
  footer: 14,
};

/** Exact line height of body text, in points: 22 lines to the page. */
export const BODY_LINE = 28;

/** Table cell padding on each side, in twips. */
export const CELL_PADDING = 57;

export interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

// Characters XML 1.0 cannot hold at all, even escaped: a document holding one does not open.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text runs in the given style; line breaks inside the text become breaks in the paragraph. */
export function runs(text: string, style: RunStyle): TextRun[] {
  const lines = xmlSafe(text).split(/\r\n|\r|\n/);
  return lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        font: { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia: style.font },
        size: style.size * 2,
        // Only what is set: an explicit "off" would override the paragraph's style in Word.
        bold: style.bold || undefined,
        italics: style.italics || undefined,
        underline: style.underline ? {} : undefined,
        strike: style.strike || undefined,
      }),
  );
}

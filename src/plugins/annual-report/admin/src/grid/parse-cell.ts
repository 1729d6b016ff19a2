import { CELL_LIMITS, moneyDecimals } from '../../../shared/contracts/report-limits';
import type { CellKind, Localized } from '../../../shared/contracts/template';

export type CellParse = { ok: true; value: number | null } | { ok: false; message: Localized };

/**
 * What an editor typed or pasted into a cell, read as the cell's kind. Figures come from Excel,
 * WPS and Chinese IMEs, so full-width digits and punctuation, thousands separators and the dashes
 * forms print for "nothing" are read; anything else is refused with a reason rather than guessed.
 */

// Full-width forms an IME types: ０-９ ． ， － ＋ and the ideographic space.
const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c\uff0d\uff0b\u3000]/g;
const fromFullWidth = (char: string) =>
  char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0);

/** The marks a form prints in an empty cell: — – - / (and —— as typed with a Chinese IME). */
const BLANK = /^(?:[—–\-]+|\/)?$/;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

const msg = (zh: string, en: string): CellParse => ({ ok: false, message: { 'zh-Hans': zh, en } });

/** `decimals`: how many a money cell may hold (to the 分 in its unit: 2 in 元, 6 in 万元). */
export function parseCell(
  text: string,
  kind: CellKind,
  decimals = moneyDecimals(undefined),
): CellParse {
  const normal = text
    .replace(FULL_WIDTH, fromFullWidth)
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (BLANK.test(normal)) return { ok: true, value: null };
  const match = NUMBER.exec(normal);
  // The text itself is shown beside the message (in the cell, in the paste report).
  if (!match) return msg('不是数字', 'not a number');

  const [, sign, whole, fraction = ''] = match;
  const value = Number(`${sign}${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  const significant = fraction.replace(/0+$/, '');

  if (value < 0 && kind !== 'delta') {
    return msg('不能为负数', 'cannot be negative');
  }
  if (kind === 'money') {
    if (significant.length > decimals) {
      return msg(`金额最多 ${decimals} 位小数`, `an amount has at most ${decimals} decimals`);
    }
    if (value > CELL_LIMITS.maxMoney) {
      return msg(`金额不超过 ${CELL_LIMITS.maxMoney}`, `amounts go up to ${CELL_LIMITS.maxMoney}`);
    }
    return { ok: true, value };
  }
  if (significant !== '') {
    // 1.234 is a decimal here: a count with a dot for thousands is refused rather than misread.
    return msg('应为整数', 'should be a whole number');
  }
  if (Math.abs(value) > CELL_LIMITS.maxCount) {
    return msg(`件数不超过 ${CELL_LIMITS.maxCount}`, `counts go up to ${CELL_LIMITS.maxCount}`);
  }
  // -0 would print as 0 and read as 0 anyway; keep the plain zero.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** How a stored cell shows in its input: numbers plainly, blank as empty, imported text as is. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Text on its way to a number, not yet one: 1, on the way to 1,234, or 12. on the way to 12.5.
 * The grid does not flag it while the editor is still typing in the cell.
 */
export function isIncomplete(text: string, kind: CellKind, decimals?: number): boolean {
  const typed = text.trim();
  let completed = typed;
  if (/[.．]$/.test(typed)) completed = `${typed}0`;
  else {
    const group = /[,，]([0-9０-９]{0,2})$/.exec(typed);
    if (group) completed = typed + '0'.repeat(3 - group[1].length);
  }
  return completed !== typed && parseCell(completed, kind, decimals).ok;
}

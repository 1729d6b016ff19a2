/**
 * Numbers as reports write them: Arabic digits (halfwidth or fullwidth, thousands separators,
 * decimals, a trailing 万/亿) and Chinese numerals (一百零五, 两千, 二〇二四).
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Regular expression source for one stated number, as parseStatedNumber reads it. */
export const NUMBER_SOURCE =
  '(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:\\.[0-9０-９]+)?[万亿]?|[零〇一二两三四五六七八九十百千万亿]+';

const PLAIN_DIGITS = /^[0-9]+$/;

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Removes floating-point noise from scaling (16.3 × 10000), keeping what a writer could state. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function parseArabicNumber(text: string): number | null {
  // Plain digits are nearly every number a report states.
  if (PLAIN_DIGITS.test(text)) return Number(text);
  const match = /^(\d+(?:,\d{3})*)(\.\d+)?([万亿])?$/.exec(toAsciiDigits(text.trim()));
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
  if (match[3] === '万') return tidy(value * 1e4);
  if (match[3] === '亿') return tidy(value * 1e8);
  return value;
}

export function parseChineseNumeral(text: string): number | null {
  const chars = [...text.trim()];
  if (chars.length === 0) return null;
  if (chars.every((c) => c in DIGITS)) {
    // Digits without units are read place by place, as years are written: 二〇二四.
    return chars.reduce((value, c) => value * 10 + DIGITS[c], 0);
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let hasDigit = false;
  for (const c of chars) {
    if (c in DIGITS) {
      digit = DIGITS[c];
      hasDigit = true;
    } else if (c in SMALL_UNITS) {
      // A bare unit counts one of it: 十二 is 12.
      section += (hasDigit ? digit : 1) * SMALL_UNITS[c];
      digit = 0;
      hasDigit = false;
    } else if (c === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
      hasDigit = false;
    } else if (c === '亿') {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
      hasDigit = false;
    } else {
      return null;
    }
  }
  return total + section + digit;
}

/** A number as stated in prose, in either notation; null when the text is not one. */
export function parseStatedNumber(text: string): number | null {
  return /[0-9０-９]/.test(text) ? parseArabicNumber(text) : parseChineseNumeral(text);
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Section ordinals as printed: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return NUMERALS[ones];
  return (tens === 1 ? '' : NUMERALS[tens]) + '十' + NUMERALS[ones];
}

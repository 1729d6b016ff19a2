import { z } from 'zod';

/**
 * What a filter may compare an attribute with, by the attribute's type: values the database can
 * take for that column. Strapi casts a filter value to the column's type without checking it
 * (`filters[year][$eq]=abc` threw a 500), passes ids uncast, and PostgreSQL refuses an integer
 * beyond 32 bits or a date of year 0 (500s again). Text types take any text.
 */

/** PostgreSQL's `integer`, the column of Strapi's integer attributes and of every id. */
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const INT64 = { min: BigInt('-9223372036854775808'), max: BigInt('9223372036854775807') };

/** Number(), as Strapi's number field casts: text is trimmed, and empty text is not 0. */
const asNumber = (value: unknown) => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
};

const int32 = (message: string) =>
  z.number(message).int(message).min(INT32.min, message).max(INT32.max, message);
const INTEGER = `a whole number from ${INT32.min} to ${INT32.max}`;
const DIGITS = /^\s*[+-]?\d+\s*$/;

/** An id is passed to the database as it is sent: only digits. */
const id = z
  .union([z.number(), z.string().regex(DIGITS)], INTEGER)
  .transform(Number)
  .pipe(int32(INTEGER));

const integer = z.preprocess(asNumber, int32(INTEGER));

const BIG_INTEGER = `a whole number from ${INT64.min} to ${INT64.max}`;
const bigInteger = z
  .union([z.string(), z.number(), z.bigint()], BIG_INTEGER)
  .transform(String)
  .pipe(z.string().regex(DIGITS, BIG_INTEGER))
  .refine((text) => BigInt(text.trim()) >= INT64.min && BigInt(text.trim()) <= INT64.max, {
    error: BIG_INTEGER,
  });

const number = z.preprocess(asNumber, z.number('a number'));

/** Day-precision dates from year 1 (PostgreSQL has no year 0). */
const calendarDay = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const DATE = 'a date as YYYY-MM-DD';
const date = z.union([z.date(), z.string(DATE).refine(calendarDay, { error: DATE })]);

const DATE_TIME =
  'a date and time as ISO 8601 (YYYY-MM-DDTHH:mm:ss.sssZ) or milliseconds since 1970';
const ISO_DATE_TIME =
  /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?)?)?$/;
const validDate = (date: Date) => !Number.isNaN(date.getTime());
const dateTime = z.union([
  z.date().refine(validDate, { error: DATE_TIME }),
  z
    .string(DATE_TIME)
    .refine(
      (text) =>
        /^\d{1,16}$/.test(text)
          ? validDate(new Date(Number(text)))
          : ISO_DATE_TIME.test(text) && validDate(new Date(text)),
      { error: DATE_TIME },
    ),
]);

const TIME = 'a time as HH:mm:ss.SSS';
const time = z.string(TIME).regex(/^(2[0-3]|[01]\d):[0-5]\d:[0-5]\d(\.\d{1,3})?$/, TIME);

const BOOLEAN = 'true or false';
export const booleanValue = z.union(
  [z.boolean(), z.enum(['true', 'false', 't', 'f', '1', '0']), z.literal(1), z.literal(0)],
  BOOLEAN,
);

/** The schema of one filter value by attribute type; none for text, whose values are any text. */
export const VALUE_SCHEMAS: Record<string, z.ZodType | undefined> = {
  increments: id,
  integer,
  biginteger: bigInteger,
  float: number,
  decimal: number,
  date,
  datetime: dateTime,
  timestamp: dateTime,
  time,
  boolean: booleanValue,
};

/** Attribute types stored as text, the only ones LIKE-style operators ($contains …) may compare. */
export const TEXT_TYPES = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'password',
]);

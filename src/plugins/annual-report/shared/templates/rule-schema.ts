import { z } from 'zod';
import { AGENCY_LEVELS } from '../contracts/report';
import { localized, text } from './schema-parts';

/**
 * Shape of each rule kind in shared/checks/rule-types.ts, for rules declared in a site's config.
 * References to tables, rows, columns and sections are checked against the template in
 * rule-references.ts, since they need the whole template.
 */

// Prose patterns hold {n} where a number is captured; compile with a stand-in to catch syntax errors
// at boot rather than on the first report checked.
const pattern = text.superRefine((source, ctx) => {
  try {
    new RegExp(source.replace(/\{n\}/g, '(\\d+)'));
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `invalid regular expression: ${(error as Error).message}`,
    });
  }
});

const term = z
  .object({
    table: z.string(),
    row: z.string(),
    column: z.string(),
    sign: z.union([z.literal(1), z.literal(-1)]).optional(),
    previousYear: z.boolean().optional(),
  })
  .strict();

const base = {
  id: text,
  severity: z.enum(['error', 'warning']),
  title: localized,
  basis: localized.optional(),
};

const relation = z
  .object({
    ...base,
    kind: z.literal('relation'),
    left: z.array(term).min(1),
    op: z.enum(['=', '<=', '>=']),
    right: z.array(term).min(1),
    each: z
      .object({ rows: z.array(z.string()).optional(), columns: z.array(z.string()).optional() })
      .strict()
      .optional(),
  })
  .strict();

const proseCount = z
  .object({
    sum: z.array(term),
    orSum: z.array(z.array(term)).optional(),
    stated: z.number().optional(),
  })
  .strict();

const prosePercent = z
  .object({
    percent: z.object({ part: z.array(term).min(1), whole: z.array(term).min(1) }).strict(),
  })
  .strict();

const names = z.array(pattern);

const vocabulary = z
  .object({
    concepts: z
      .array(
        z
          .object({
            id: text,
            names: names.optional(),
            form: names.optional(),
            readings: z.array(z.array(term).min(1)).optional(),
            ambiguous: z.boolean().optional(),
            shareOf: z.string().optional(),
            gap: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .min(1),
    groups: z.array(z.string()).optional(),
    qualifiers: z.array(z.object({ id: text, names, form: names.optional() }).strict()).optional(),
    outcomes: z.array(z.object({ names, zero: z.array(z.string()) }).strict()).optional(),
    negations: names.optional(),
    references: names.optional(),
    units: z.record(z.string(), z.number().positive()),
    formUnits: z.array(z.string()).optional(),
    narrowing: names.optional(),
    gap: z.number().int().min(0),
  })
  .strict();

const prose = z
  .object({
    ...base,
    kind: z.literal('prose'),
    vocabulary: vocabulary.optional(),
    phrases: z
      .array(
        z
          .object({
            pattern,
            sections: z.array(z.string()).optional(),
            values: z.array(z.union([proseCount, prosePercent])),
          })
          .strict(),
      )
      .min(1)
      .optional(),
  })
  .strict()
  .refine((rule) => rule.vocabulary || rule.phrases, {
    message: 'a prose rule needs a vocabulary or phrases',
  });

const sections = z.object({ ...base, kind: z.literal('sections') }).strict();

const year = z.object({ ...base, kind: z.literal('year'), openers: z.array(z.string()) }).strict();

const monthDay = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  .strict()
  .superRefine(({ month, day }, ctx) => {
    // 2000 is a leap year, so 2月29日 passes.
    if (new Date(Date.UTC(2000, month - 1, day)).getUTCDate() !== day) {
      ctx.addIssue({ code: 'custom', message: `${month}月${day}日 is not a date` });
    }
  });

const levels: readonly string[] = AGENCY_LEVELS;

const deadline = z
  .object({
    ...base,
    kind: z.literal('deadline'),
    dateRequired: z.boolean().optional(),
    due: monthDay,
    // A record rather than an object of optional levels: zod 4 makes enum-keyed records exhaustive.
    dueByLevel: z
      .record(z.string(), monthDay)
      .superRefine((byLevel, ctx) => {
        for (const level of Object.keys(byLevel)) {
          if (!levels.includes(level)) {
            ctx.addIssue({
              code: 'custom',
              path: [level],
              message: `unknown agency level "${level}"; known levels: ${levels.join(', ')}`,
            });
          }
        }
      })
      .optional(),
  })
  .strict();

const similarity = z
  .object({ ...base, kind: z.literal('similarity'), threshold: z.number().min(0).max(1) })
  .strict();

const textItem = z.object({ label: localized, pattern }).strict();

const contact = z
  .object({
    ...base,
    kind: z.literal('contact'),
    items: z.array(textItem).min(1),
  })
  .strict();

const content = z.object({ ...base, kind: z.literal('content') }).strict();

const coverage = z
  .object({
    ...base,
    kind: z.literal('coverage'),
    section: z.string(),
    topics: z.array(textItem).min(1),
  })
  .strict();

export const ruleSchema = z.discriminatedUnion('kind', [
  relation,
  content,
  coverage,
  prose,
  sections,
  year,
  deadline,
  similarity,
  contact,
]);

import { z } from 'zod';
import { ruleSchema } from './rule-schema';
import { localized, slug, text } from './schema-parts';
import { checkTemplateReferences } from './template-references';

/**
 * Shape of a template a site registers in config/plugins.ts. Built-in templates are typed and do not
 * pass through here; custom ones arrive as plain config and are checked before the registry trusts
 * them. Objects are strict so that a misspelt field name is reported rather than silently dropped.
 */

const cellKind = z.enum(['count', 'delta', 'money']);

const section = z
  .object({
    key: slug,
    number: text,
    heading: text,
    required: z.boolean().optional(),
    hint: z.string().optional(),
  })
  .strict();

const column = z
  .object({
    key: slug,
    label: text,
    groups: z.array(text).optional(),
    kind: cellKind.optional(),
    unit: text.optional(),
  })
  .strict();

const row = z
  .object({
    key: slug,
    // May be empty: a table's only data row can be unlabeled (the national table 四).
    label: z.string(),
    level: z.number().int().min(0),
    heading: z.boolean().optional(),
    kind: cellKind.optional(),
  })
  .strict();

const table = z
  .object({
    key: slug,
    section: z.string(),
    title: text,
    unit: text.optional(),
    corner: z.string().optional(),
    proseOnly: z.boolean().optional(),
    columns: z.array(column).min(1),
    rows: z.array(row).min(1),
  })
  .strict();

const years = z
  .object({
    from: z.number().int().optional(),
    to: z.number().int().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
      ctx.addIssue({ code: 'custom', message: `from (${value.from}) is after to (${value.to})` });
    }
  });

export const templateSchema = z
  .object({
    key: slug,
    name: localized,
    basis: text.optional(),
    years: years.optional(),
    sections: z.array(section).min(1),
    tables: z.array(table),
    rules: z.array(ruleSchema).default([]),
  })
  .strict()
  .superRefine((template, ctx) => {
    checkTemplateReferences(template, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    );
  });

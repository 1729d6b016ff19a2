import { z } from 'zod';
import type { Template, TemplateTable } from '../../../shared/contracts/template';
import { REPORT_LIMITS as LIMITS } from '../../../shared/contracts/report-limits';
import { jsonInputProblem, textProblem } from '../../../shared/validation/json-input';

/**
 * A report write (create, update, clone) as it will be stored, by every path: cast (a year sent as
 * "2019" becomes 2019, a table's cells sent as JSON text become JSON) and bounded, so that the
 * checks run on exactly what is saved. Structure the template does not know — a table, row or
 * column key, a table twice — is refused with a 400 naming the path; what an editor types into a
 * known cell is kept, and the rule engine says what is wrong with it.
 */

const text = (max: number) =>
  z.string({ error: 'expected text' }).superRefine((value, ctx) => {
    if (value.length > max) ctx.addIssue({ code: 'custom', message: `at most ${max} characters` });
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A JSON field: depth, text and size bounded; its own shape is Strapi's to check. */
const boundedJson = (maxSize: number) => (value: unknown, ctx: z.RefinementCtx) => {
  const problem = jsonInputProblem(value, LIMITS.jsonDepth);
  if (problem) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  } else if (value !== undefined && JSON.stringify(value).length > maxSize) {
    ctx.addIssue({ code: 'custom', message: `larger than ${maxSize} characters of JSON` });
  }
};

const blocks = z
  .array(z.unknown(), { error: 'expected rich text (a list of blocks)' })
  .nullable()
  .superRefine(boundedJson(LIMITS.blocksSize));

const DIGITS = /^\s*-?\d{1,12}\s*$/;
const yearMessage = `a whole number from ${LIMITS.year.min} to ${LIMITS.year.max}`;
const year = z.preprocess(
  (value) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value),
  z
    .number({ error: yearMessage })
    .int(yearMessage)
    .min(LIMITS.year.min, yearMessage)
    .max(LIMITS.year.max, yearMessage),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const issuedOn = z
  .union([z.date(), z.string().regex(ISO_DATE)])
  .refine((value) => !(typeof value === 'string' && Number.isNaN(Date.parse(value))), {
    error: 'expected a date as YYYY-MM-DD',
  });

const section = z
  .object({
    key: text(LIMITS.key).optional(),
    number: text(LIMITS.sectionNumber).nullish(),
    heading: text(LIMITS.heading).nullish(),
    body: blocks.optional(),
  })
  .passthrough();

const cellValue = z.union([z.number(), text(LIMITS.cellText), z.null()], {
  error: 'expected a number, or null for a blank cell',
});

/** The Content Manager's JSON input may send text: it must parse, never silently become blank. */
const parsedJson = z.preprocess(
  (value, ctx) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not valid JSON: ${(error as Error).message}` });
      return z.NEVER;
    }
  },
  z
    .record(
      z.string(),
      z.record(z.string(), cellValue, { error: 'expected an object of columns' }),
      {
        error: 'expected an object of rows',
      },
    )
    .nullable(),
);

function cellsOf(table: TemplateTable) {
  const rows = table.rows.filter((row) => !row.heading).map((row) => row.key);
  const columns = table.columns.map((column) => column.key);
  return parsedJson.superRefine((cells, ctx) => {
    if (JSON.stringify(cells ?? null).length > LIMITS.cellsSize) {
      ctx.addIssue({
        code: 'custom',
        message: `larger than ${LIMITS.cellsSize} characters of JSON`,
      });
      return;
    }
    for (const [row, values] of Object.entries(cells ?? {})) {
      if (!rows.includes(row)) {
        ctx.addIssue({
          code: 'custom',
          path: [row],
          message: `unknown row "${row}" in table “${table.title}”; its rows are ${rows.join(', ')}`,
        });
        continue;
      }
      for (const column of Object.keys(values)) {
        if (columns.includes(column)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [row, column],
          message: `unknown column "${column}" in table “${table.title}”; its columns are ${columns.join(', ')}`,
        });
      }
    }
  });
}

function tablesOf(template: Template) {
  const cellSchemas = new Map(template.tables.map((table) => [table.key, cellsOf(table)]));
  const keys = template.tables.map((table) => table.key).join(', ');
  const table = z
    .object({
      key: text(LIMITS.key),
      title: text(LIMITS.tableTitle).nullish(),
      unit: text(LIMITS.unit).nullish(),
      note: text(LIMITS.note).nullish(),
      cells: z.unknown(),
    })
    .passthrough();

  return z
    .array(table)
    .max(LIMITS.tables, `at most ${LIMITS.tables} tables`)
    .transform((tables, ctx) => {
      const seen = new Set<string>();
      return tables.map((entry, index) => {
        const cells = cellSchemas.get(entry.key);
        if (!cells) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: `table "${entry.key}" is not in format ${template.key}; its tables are ${keys}`,
          });
          return entry;
        }
        if (seen.has(entry.key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: `table "${entry.key}" appears twice; each table of the form appears once`,
          });
        }
        seen.add(entry.key);
        const parsed = cells.safeParse(entry.cells);
        if (parsed.success) return { ...entry, cells: parsed.data };
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ ...issue, path: [index, 'cells', ...issue.path] } as never);
        }
        return entry;
      });
    });
}

const schemas = new WeakMap<Template, z.ZodType<Record<string, unknown>>>();

/** The schema of a write to a report of this template (every field optional: updates are partial). */
export function reportWriteSchema(template: Template): z.ZodType<Record<string, unknown>> {
  let schema = schemas.get(template);
  if (!schema) {
    schema = z
      .object({
        title: text(LIMITS.title).nullish(),
        year: year.optional(),
        format: text(LIMITS.key).optional(),
        preface: blocks.optional(),
        issuedOn: issuedOn.nullish(),
        sections: z
          .array(section)
          .max(LIMITS.sections, `at most ${LIMITS.sections} sections`)
          .nullish(),
        tables: tablesOf(template).nullish(),
        source: z.unknown().superRefine(boundedJson(LIMITS.sourceSize)).optional(),
        /** The revision the editor's form was loaded with (stale-save.ts). */
        revision: z.number().int().min(0).optional(),
      })
      .passthrough();
    schemas.set(template, schema);
  }
  return schema;
}

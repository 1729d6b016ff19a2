import { z } from 'zod';
import { REPORT_LIMITS } from '../../../shared/contracts/report-limits';
import { parseJsonText } from '../../../shared/validation/plain-data';

const cell = z.union([z.number(), z.string().max(64), z.null()]);

/** The Content Manager's JSON input holds text while it does not parse yet: that is a blank table. */
const cellsText = (value: unknown) => parseJsonText(value) ?? null;
const blocks = z.array(z.unknown()).max(2000).nullable().optional();

/**
 * Unsaved form values: shapes are checked here (a clear 400 naming the field), values are left to
 * the rule engine, which reports a wrong cell as a finding rather than refusing the request.
 */
export const runChecksBody = z.object({
  report: z
    .object({
      title: z.string().max(REPORT_LIMITS.title).nullable().optional(),
      year: z.number().int().min(REPORT_LIMITS.year.min).max(REPORT_LIMITS.year.max),
      format: z.string().min(1).max(64),
      issuedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD')
        .nullable()
        .optional(),
      preface: blocks,
      // A documentId, an agency, or the Content Manager's relation delta ({ connect, disconnect }).
      agency: z.unknown().optional(),
      sections: z
        .array(
          z
            .object({
              key: z.string().max(64),
              number: z.string().max(8).nullable().optional(),
              heading: z.string().max(200).nullable().optional(),
              body: blocks,
            })
            .passthrough(),
        )
        .max(REPORT_LIMITS.sections)
        .default([]),
      tables: z
        .array(
          z
            .object({
              key: z.string().max(64),
              cells: z.preprocess(
                cellsText,
                z.record(z.string().max(64), z.record(z.string().max(64), cell)).nullable(),
              ),
            })
            .passthrough(),
        )
        .max(REPORT_LIMITS.tables)
        .default([]),
    })
    .passthrough(),
  documentId: z.string().max(64).optional(),
});

export type RunChecksBody = z.infer<typeof runChecksBody>;

export const documentStatus = z.enum(['draft', 'published']);

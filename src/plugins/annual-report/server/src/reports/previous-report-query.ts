import { z } from 'zod';
import { REPORT_LIMITS } from '../../../shared/contracts/report-limits';
import { DOCUMENT_ID } from '../validation/document-id';

const yearMessage = `a whole number from ${REPORT_LIMITS.year.min} to ${REPORT_LIMITS.year.max}`;
const documentId = z
  .string({ error: 'expected a documentId' })
  .regex(DOCUMENT_ID, 'expected a documentId');

/** The query of GET /annual-report/previous-report (see GetPreviousReport). */
export const previousReportQuery = z
  .object({
    year: z
      .string({ error: yearMessage })
      .regex(/^\d{4}$/, yearMessage)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(REPORT_LIMITS.year.min, yearMessage)
          .max(REPORT_LIMITS.year.max, yearMessage),
      ),
    agency: documentId.optional(),
    documentId: documentId.optional(),
  })
  .refine((query) => query.agency !== undefined || query.documentId !== undefined, {
    error: 'give the agency, or the documentId of the report that names it',
    path: ['agency'],
  });

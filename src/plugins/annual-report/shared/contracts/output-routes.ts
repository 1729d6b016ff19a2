import type { ReportDocument } from './document';

/** GET /api/annual-report/reports/:documentId/document — a published report, labeled. */
export declare namespace GetReportDocument {
  interface Response {
    data: ReportDocument;
  }
}

/** The public outputs of a published report, by the last segment of their route. */
export const OUTPUT_FILES = {
  html: 'html',
  pdf: 'pdf',
  docx: 'docx',
  csv: 'tables.csv',
} as const;

export type OutputKind = keyof typeof OUTPUT_FILES;

/** Where anyone reads a published report's output: `base` is the server's address. */
export const outputUrl = (base: string, documentId: string, kind: OutputKind) =>
  `${base.replace(/\/+$/, '')}/api/annual-report/reports/${encodeURIComponent(documentId)}/${OUTPUT_FILES[kind]}`;

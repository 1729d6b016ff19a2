import type { ReportDocument } from './document';

/** GET /api/annual-report/reports/:documentId/document — a published report, labeled. */
export declare namespace GetReportDocument {
  interface Response {
    data: ReportDocument;
  }
}

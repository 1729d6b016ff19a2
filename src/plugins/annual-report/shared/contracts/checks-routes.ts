import type { CheckSummary } from './checks';

/** POST /annual-report/checks (admin): unsaved form values in, findings out. */
export declare namespace RunChecks {
  interface Request {
    body: {
      /** The report as the form holds it; `agency` may be a documentId or an agency object. */
      report: Record<string, unknown>;
      /** The stored report the form edits: its agency counts while the form leaves it unchanged. */
      documentId?: string;
    };
  }
  interface Response {
    data: CheckSummary;
  }
}

/**
 * GET /annual-report/reports/:documentId/checks (admin, draft by default) and
 * GET /api/annual-report/reports/:documentId/checks (content API, published; `?status=draft`
 * needs an API token).
 */
export declare namespace GetReportChecks {
  interface Request {
    params: { documentId: string };
    query: { status?: 'draft' | 'published' };
  }
  interface Response {
    data: CheckSummary;
  }
}

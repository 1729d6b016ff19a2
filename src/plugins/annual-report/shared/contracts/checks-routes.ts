import type { CheckSummary } from './checks';
import type { AgencyData, ReportData } from './report';

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

/**
 * GET /annual-report/previous-report?year=2024&agency=<documentId>&documentId=<documentId> (admin):
 * what the browser needs to run the checks on unsaved values — the same agency's report of the
 * year before (`data`, draft basis: its published version, else its draft) and the agency itself
 * (`meta.agency`, whose level sets the D1 deadline). `agency` is the form's agency; without it the
 * stored report `documentId` names it (a form that leaves the relation unchanged). `documentId` is
 * never its own previous report.
 */
export declare namespace GetPreviousReport {
  interface Request {
    query: { year: string; agency?: string; documentId?: string };
  }
  interface Response {
    data: ReportData | null;
    meta: { agency: AgencyData | null };
  }
}

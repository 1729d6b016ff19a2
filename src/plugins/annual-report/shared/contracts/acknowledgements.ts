/**
 * 已核实: an editor's mark on a warning, with a note, kept apart from the report (so that marking
 * one never makes an open form stale) and keyed by the finding's fingerprint (findingFingerprint).
 */

export const ACKNOWLEDGEMENT_NOTE_MAX = 500;

export interface Acknowledgement {
  id: number;
  fingerprint: string;
  rule: string;
  note: string;
  /** Who and when: stamped by the server. Never in a public answer. */
  acknowledgedBy: string;
  acknowledgedAt: string;
}

/** GET /annual-report/reports/:documentId/acknowledgements (admin, read). */
export declare namespace ListAcknowledgements {
  interface Response {
    data: Acknowledgement[];
  }
}

/**
 * POST /annual-report/reports/:documentId/acknowledgements (admin, update): the form's values (as
 * POST /annual-report/checks takes them), the fingerprint of one of their warnings and a note.
 */
export declare namespace Acknowledge {
  interface Request {
    body: { report: Record<string, unknown>; fingerprint: string; note: string };
  }
  interface Response {
    data: Acknowledgement;
  }
}

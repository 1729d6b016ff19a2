import type { Finding } from './checks';

/** Publication over check errors by a user holding plugin::annual-report.override-check. */

export const OVERRIDE_REASON = { min: 4, max: 2000 } as const;

export interface CheckOverride {
  id: number;
  reportDocumentId: string;
  reportTitle: string;
  reason: string;
  /** The errors published over, as they were. */
  findings: Array<Pick<Finding, 'rule' | 'path' | 'message'>>;
  overriddenBy: string;
  overriddenAt: string;
}

/**
 * POST /annual-report/reports/:documentId/override-publish (admin): the fingerprints of every
 * error of the draft (the ones the user saw, so that an error that appeared since is not lifted
 * unseen) and the reason.
 */
export declare namespace OverridePublish {
  interface Request {
    body: { fingerprints: string[]; reason: string };
  }
  interface Response {
    data: CheckOverride;
  }
}

/** GET /annual-report/overrides[?documentId=…] (admin, read): newest first. */
export declare namespace ListOverrides {
  interface Response {
    data: CheckOverride[];
  }
}

/**
 * What the rule engine returns, shared by the server (stored on the report, used to refuse
 * publication) and the admin (live feedback on unsaved values).
 */

export type Severity = 'error' | 'warning';

/** A Content Manager field path: ['tables', 2, 'cells', 'new', 'total'], ['sections', 3, 'body'], ['issuedOn']. */
export type FindingPath = Array<string | number>;

export interface Finding {
  /** Rule id as in the domain reference: L1, T3-2, N1, V1… */
  rule: string;
  severity: Severity;
  path: FindingPath;
  message: { 'zh-Hans': string; en: string };
  expected?: number | string;
  actual?: number | string | null;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  checkedAt: string;
  /** Stored with the findings so that a summary computed by older rules can be recognised as stale. */
  rulesVersion: string;
  findings: Finding[];
}

/** Bump whenever a rule, its data or its messages change. */
export const RULES_VERSION = '3';

export function summarize(findings: Finding[], now: Date = new Date()): CheckSummary {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return {
    errors,
    warnings: findings.length - errors,
    checkedAt: now.toISOString(),
    rulesVersion: RULES_VERSION,
    findings,
  };
}

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
  /** Where the rule comes from (docs/rules.md): a law, the official form, or 本系统统计口径. */
  basis?: { 'zh-Hans': string; en: string };
  expected?: number | string;
  actual?: number | string | null;
  /**
   * Set on a finding that groups others (e.g. a table's blank cells): the paths of the findings it
   * stands for, so that a panel or the publish refusal can show them as one item. The grouped
   * findings are still returned, one per cell, for marking the cells.
   */
  cells?: FindingPath[];
}

/** A grouping finding restates findings already in the list, so it is not counted again. */
export const isGroup = (finding: Finding): boolean => finding.cells !== undefined;

export interface CheckSummary {
  errors: number;
  warnings: number;
  checkedAt: string;
  /** Stored with the findings so that a summary computed by older rules can be recognised as stale. */
  rulesVersion: string;
  findings: Finding[];
}

/** Bump whenever a rule, its data or its messages change. */
export const RULES_VERSION = '5';

export function summarize(findings: Finding[], now: Date = new Date()): CheckSummary {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (isGroup(finding)) continue;
    if (finding.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return {
    errors,
    warnings,
    checkedAt: now.toISOString(),
    rulesVersion: RULES_VERSION,
    findings,
  };
}

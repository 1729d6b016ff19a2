import { omit } from 'lodash';
import type { Localized } from './text';

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
  message: Localized;
  /** Where the rule comes from (docs/rules.md): a law, the official form, or 本系统统计口径. */
  basis?: Localized;
  expected?: number | string;
  actual?: number | string | null;
  /** A warning an editor has marked 已核实 (acknowledgements.ts): not counted as open. */
  acknowledged?: boolean;
  /**
   * Set on a finding that groups others (e.g. a table's blank cells): the paths of the findings it
   * stands for, so that a panel or the publish refusal can show them as one item. The grouped
   * findings are still returned, one per cell, for marking the cells.
   */
  cells?: FindingPath[];
}

/** A grouping finding stands for findings of its rule on its cells (e.g. a table's blank cells). */
export const isGroup = (finding: Finding): boolean => finding.cells !== undefined;

const groupedKey = (rule: string, path: FindingPath) => JSON.stringify([rule, path]);

/**
 * The findings as an editor reads them, one item each: a group stands once for the findings it
 * groups, which are left out (they remain in the stored list, for marking the cells). This is the
 * one way of counting: the panel, the stored summary, the list's columns and the API all count
 * these, so that a half-filled table is one error, not one per blank cell.
 */
export function listedFindings(findings: Finding[]): Finding[] {
  const grouped = new Set<string>();
  for (const finding of findings) {
    for (const cell of finding.cells ?? []) grouped.add(groupedKey(finding.rule, cell));
  }
  if (grouped.size === 0) return findings;
  return findings.filter(
    (finding) => isGroup(finding) || !grouped.has(groupedKey(finding.rule, finding.path)),
  );
}

export interface CheckSummary {
  /** Counted as `listedFindings`: a group of blank cells is one error. */
  errors: number;
  /** Open warnings (not acknowledged), counted as `listedFindings`. */
  warnings: number;
  /** Warnings acknowledged (已核实); absent in summaries stored before acknowledgements. */
  acknowledged?: number;
  checkedAt: string;
  /** Stored with the findings so that a summary computed by older rules can be recognised as stale. */
  rulesVersion: string;
  findings: Finding[];
}

/** Bump whenever a rule, its data or its messages change. */
export const RULES_VERSION = '6';

const NONE: ReadonlySet<string> = new Set();

/**
 * Counts and findings as stored and returned: warnings whose fingerprint is in `acknowledged` are
 * marked so and counted apart; an error is never acknowledged.
 */
export function summarize(
  findings: Finding[],
  now: Date = new Date(),
  acknowledged: ReadonlySet<string> = NONE,
): CheckSummary {
  let errors = 0;
  let warnings = 0;
  let seen = 0;
  const listed = new Set(listedFindings(findings));
  const marked = findings.map((finding) => {
    // A stored summary is counted again when acknowledgements change: its marks are recomputed.
    const plain = finding.acknowledged ? omit(finding, 'acknowledged') : finding;
    const ack = finding.severity === 'warning' && acknowledged.has(findingFingerprint(finding));
    if (listed.has(finding)) {
      if (finding.severity === 'error') errors += 1;
      else if (ack) seen += 1;
      else warnings += 1;
    }
    return ack ? { ...plain, acknowledged: true } : plain;
  });
  return {
    errors,
    warnings,
    acknowledged: seen,
    checkedAt: now.toISOString(),
    rulesVersion: RULES_VERSION,
    findings: marked,
  };
}

/**
 * What identifies a finding across checks: its rule, its place and its message (which quotes the
 * sentence and names the figures), so that an acknowledgement re-opens by itself when the sentence
 * or the cell changes. FNV-1a, 2 × 32 bits: synchronous in the browser and on the server alike.
 */
export function findingFingerprint(finding: Pick<Finding, 'rule' | 'path' | 'message'>): string {
  const text = JSON.stringify([finding.rule, finding.path, finding.message['zh-Hans']]);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x85ebca6b) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

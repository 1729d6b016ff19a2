import type { CheckSummary } from '../../../shared/contracts/checks';

/**
 * What a report row stores of its checks: the summary, and its counts as scalar attributes that
 * the Content Manager's list can show, sort and filter (it can do neither with a JSON field).
 * Every write of `checks` goes through here, so the counts never disagree with the summary.
 */
export const storedChecks = (checks: CheckSummary) => ({
  checks,
  errorCount: checks.errors,
  warningCount: checks.warnings,
});

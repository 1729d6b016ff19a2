import type { Finding } from '../../../shared/contracts/checks';

/**
 * The findings on the cells of one table field (`tables.4.cells`): all that its grid marks or
 * fills totals from. A grid given only its own can skip drawing when another table changes.
 */
export function findingsOnField(findings: Finding[], fieldName: string): Finding[] {
  const prefix = `${fieldName}.`;
  return findings.filter((finding) => finding.path.join('.').startsWith(prefix));
}

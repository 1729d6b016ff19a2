import { isGroup, type Finding } from '../contracts/checks';

/**
 * A sum rule's finding that says what a cell should hold: an error (the sums the form defines;
 * a warning's `expected` is a hint) with a finite number as `expected`.
 */
export function isTotalFinding(finding: Finding): finding is Finding & { expected: number } {
  return (
    finding.severity === 'error' &&
    !isGroup(finding) &&
    typeof finding.expected === 'number' &&
    Number.isFinite(finding.expected)
  );
}

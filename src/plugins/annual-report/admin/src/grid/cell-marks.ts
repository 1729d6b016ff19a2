import { isGroup, type Finding, type Severity } from '../../../shared/contracts/checks';
import { isTotalFinding } from './fill-totals';

/** What the checks say about one cell, for marking it. */
export interface CellMark {
  severity: Severity;
  messages: string[];
  /** Values the cell's sum rules give it (two rules may disagree when the parts do). */
  expected: number[];
}

/**
 * The findings on the cells of one table field (`tables.4.cells`), by cell path. A finding is on a
 * cell when its path, dot-joined, is the cell's path; group findings restate their cells' own.
 */
export function cellMarks(
  findings: Finding[],
  fieldName: string,
  zh: boolean,
): Map<string, CellMark> {
  const prefix = `${fieldName}.`;
  const marks = new Map<string, CellMark>();
  for (const finding of findings) {
    if (isGroup(finding)) continue;
    const path = finding.path.join('.');
    if (!path.startsWith(prefix)) continue;
    let mark = marks.get(path);
    if (!mark) {
      mark = { severity: finding.severity, messages: [], expected: [] };
      marks.set(path, mark);
    }
    if (finding.severity === 'error') mark.severity = 'error';
    const message = zh ? finding.message['zh-Hans'] : finding.message.en;
    if (!mark.messages.includes(message)) mark.messages.push(message);
    if (isTotalFinding(finding) && !mark.expected.includes(finding.expected)) {
      mark.expected.push(finding.expected);
    }
  }
  return marks;
}

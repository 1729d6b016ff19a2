import { isTotalFinding } from '../checks/total-finding';
import { isGroup, type Finding, type Severity } from '../contracts/checks';

/** What the checks say about one table cell, for marking it in the grid and in the preview. */
export interface CellMark {
  /** An error when any finding on the cell is one. */
  severity: Severity;
  /** The one message a printed cell shows: the first error's, or else the latest warning's. */
  message: string;
  /** Every message on the cell, once each, in the findings' order. */
  messages: string[];
  /** Values the cell's sum rules give it (two rules may disagree when the parts do). */
  expected: number[];
}

/** Marks keyed by cellMarkKey(table, row, column): the printed table shows severity and message. */
export type CellMarks = Record<string, Pick<CellMark, 'severity' | 'message'>>;

/** The key a cell's mark is stored under: `${tableKey}/${rowKey}/${columnKey}`. */
export function cellMarkKey(table: string, row: string, column: string): string {
  return `${table}/${row}/${column}`;
}

/** A cell's mark with one more finding on it, in the editor's language. */
function marked(mark: CellMark | undefined, finding: Finding, zh: boolean): CellMark {
  const message = zh ? finding.message['zh-Hans'] : finding.message.en;
  const next = mark ?? { severity: finding.severity, message, messages: [], expected: [] };
  if (next.severity !== 'error') {
    next.severity = finding.severity;
    next.message = message;
  }
  if (!next.messages.includes(message)) next.messages.push(message);
  if (isTotalFinding(finding) && !next.expected.includes(finding.expected)) {
    next.expected.push(finding.expected);
  }
  return next;
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
    marks.set(path, marked(marks.get(path), finding, zh));
  }
  return marks;
}

/**
 * The findings on every table cell of a report, keyed by cellMarkKey for the printed tables. The
 * findings name a table by its index in the report; `tableKeyAt` gives the key stored there.
 */
export function printedMarks(
  findings: Finding[],
  tableKeyAt: (index: number) => string | undefined,
  zh: boolean,
): Record<string, CellMark> {
  const marks: Record<string, CellMark> = {};
  for (const finding of findings) {
    const [field, index, part, row, column] = finding.path;
    if (field !== 'tables' || part !== 'cells' || typeof index !== 'number') continue;
    const table = tableKeyAt(index);
    if (!table || typeof row !== 'string' || typeof column !== 'string') continue;
    const key = cellMarkKey(table, row, column);
    marks[key] = marked(marks[key], finding, zh);
  }
  return marks;
}

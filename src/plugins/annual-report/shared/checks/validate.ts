import type { Finding } from '../contracts/checks';
import type { ReportData } from '../contracts/report';
import type { Template } from '../contracts/template';
import type { CheckContext } from './check';
import { compileTemplate } from './compile';
import { ReportView } from './report-view';
import { derivedValues } from './sum-targets';

export interface ValidateContext {
  /** The same agency's previous-year report, for the cross-year rules (T3-4, table 二, C1). */
  previous?: ReportData | null;
  /** The report is (being) published: D1 then asks for its 公开日期. */
  published?: boolean;
}

/**
 * Every finding of the template's rules on a report. Pure and synchronous; the report may be
 * unsaved form values of any shape, and what is wrong with it becomes findings, not exceptions.
 */
export function validate(
  report: ReportData,
  template: Template,
  context: ValidateContext = {},
): Finding[] {
  const { slots, targets, checks } = compileTemplate(template);
  const view = new ReportView(report);
  const previous = context.previous ? new ReportView(context.previous) : null;
  const current = slots.read(view);
  const before = previous ? slots.read(previous) : null;
  const checkContext: CheckContext = {
    view,
    previous,
    values: current.values,
    blanks: current.blanks,
    derived: derivedValues(current.values, current.blanks, targets),
    previousValues: before?.values ?? null,
    previousBlanks: before?.blanks ?? null,
    published: context.published ?? false,
    blankTotals: new Uint8Array(slots.size),
    findings: [],
  };
  for (const check of checks) check(checkContext);
  return checkContext.findings;
}

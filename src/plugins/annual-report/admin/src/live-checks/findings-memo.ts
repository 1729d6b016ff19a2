import type { Finding } from '../../../shared/contracts/checks';
import { summarize } from '../../../shared/contracts/checks';
import type { AgencyData, ReportData } from '../../../shared/contracts/report';
import { validate } from '../../../shared/checks/validate';
import type { Template } from '../../../shared/contracts/template';
import { formReport } from './form-report';

/** What only the server knows about the values: their agency and its previous-year report. */
export interface ServerContext {
  agency: AgencyData | null;
  previous: ReportData | null;
}

export interface FindingsRun {
  /** The values as the engine read them (the place names read headings from it). */
  report: ReportData;
  findings: Finding[];
  /** Counted as stored on the report and shown in the panel: a group of blank cells once. */
  summary: { errors: number; warnings: number };
}

interface Entry {
  template: Template;
  context: ServerContext;
  run: FindingsRun;
}

// The form gives a new values object on every change and keeps it otherwise: the panel and every
// table's grid read the same object, and the engine runs once for it.
const runs = new WeakMap<object, Entry>();

export function findingsFor(
  values: Record<string, unknown>,
  template: Template,
  context: ServerContext,
): FindingsRun {
  const entry = runs.get(values);
  if (entry && entry.template === template && entry.context === context) return entry.run;
  const report = formReport(values, context.agency);
  const findings = validate(report, template, { previous: context.previous });
  const { errors, warnings } = summarize(findings);
  // bench:admin splits a keystroke's time at this mark: the engine before it, rendering after.
  performance.mark('ar:checks');
  const run = { report, findings, summary: { errors, warnings } };
  runs.set(values, { template, context, run });
  return run;
}

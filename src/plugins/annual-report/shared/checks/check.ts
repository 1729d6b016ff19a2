import type { Finding } from '../contracts/checks';
import type { ReportView } from './report-view';

/** What a compiled rule sees during one validate() call. */
export interface CheckContext {
  view: ReportView;
  /** The same agency's previous-year report, when the caller has it. */
  previous: ReportView | null;
  /** The cells the rules read, by slot (see CellSlots): NaN where blank or invalid. */
  values: Float64Array;
  previousValues: Float64Array | null;
  findings: Finding[];
}

/** A rule compiled against its template: evaluates and appends its findings. */
export type Check = (context: CheckContext) => void;

import type { Finding } from '../contracts/checks';
import type { ReportView } from './report-view';

/** What a compiled rule sees during one validate() call. */
export interface CheckContext {
  view: ReportView;
  /** The same agency's previous-year report, when the caller has it. */
  previous: ReportView | null;
  /** The cells the rules read, by slot (see CellSlots): NaN where blank or invalid. */
  values: Float64Array;
  /** 1 where the slot's cell is blank, so that sums can read it as 0 (see CellSlots). */
  blanks: Uint8Array;
  /** `values` with each blank total given the sum of its parts (derivedValues in sum-targets). */
  derived: Float64Array;
  previousValues: Float64Array | null;
  previousBlanks: Uint8Array | null;
  /** The report is (being) published (ValidateContext.published). */
  published: boolean;
  /**
   * Blank cells that a sum rule has already reported with the value they should hold: 1 by a
   * warning, 2 by an error. A cell is reported once, and V1 stays silent where an error took it.
   */
  blankTotals: Uint8Array;
  findings: Finding[];
}

/** A rule compiled against its template: evaluates and appends its findings. */
export type Check = (context: CheckContext) => void;

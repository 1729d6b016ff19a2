import { relationTarget } from '../../../shared/contracts/relation-target';
import { REPORT_LIMITS } from '../../../shared/contracts/report-limits';
import type { GetPreviousReport } from '../../../shared/contracts/checks-routes';

export interface PreviousRequest {
  /** One answer per agency (or stored report naming it) and year. */
  key: string;
  query: GetPreviousReport.Request['query'];
}

/**
 * What the browser asks the server about the unsaved values: their agency and its report of the
 * year before. Nothing while the year is being typed (2, 20, 202…) or no agency is known: the
 * rules that need them then have nothing to compare.
 */
export function previousRequest(
  values: Record<string, unknown>,
  documentId: string | undefined,
): PreviousRequest | null {
  const { year } = values;
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < REPORT_LIMITS.year.min ||
    year > REPORT_LIMITS.year.max
  ) {
    return null;
  }
  // undefined: the form leaves the stored report's agency as it is.
  const agency = relationTarget(values.agency);
  if (agency === null || (agency === undefined && documentId === undefined)) return null;
  const query: PreviousRequest['query'] = { year: String(year) };
  if (agency !== undefined) query.agency = agency;
  if (documentId !== undefined) query.documentId = documentId;
  return { key: `${agency ?? ''}|${documentId ?? ''}|${year}`, query };
}

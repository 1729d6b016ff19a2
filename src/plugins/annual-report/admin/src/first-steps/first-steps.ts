import { relationTarget } from '../../../shared/contracts/relation-target';

/** What a report still needs before the checks and the actions can work on it, in order. */
export type FirstStep = 'format' | 'year' | 'agency' | 'save';

export interface StoredReport {
  /** False on the create page: nothing is stored yet. */
  saved: boolean;
  /** The stored report's agency as the Content Manager gives it (`{ count }`), if any. */
  agency?: unknown;
}

/** A stored relation as the Content Manager returns it: `{ count }`, an entry or a list. */
const holdsRelation = (stored: unknown): boolean => {
  if (Array.isArray(stored)) return stored.length > 0;
  if (!stored || typeof stored !== 'object') return false;
  const { count, documentId } = stored as { count?: unknown; documentId?: unknown };
  return typeof documentId === 'string' || (typeof count === 'number' && count > 0);
};

/**
 * The steps a report is missing, from the form's unsaved values: a format (its sections and
 * tables come from it), a year, its agency (last year's report and "start next year" need it),
 * and a first save, which lays out the sections and tables; until then the checks have nothing
 * to read.
 */
export const firstSteps = (values: Record<string, unknown>, stored: StoredReport): FirstStep[] => {
  const steps: FirstStep[] = [];
  if (typeof values.format !== 'string' || values.format === '') steps.push('format');
  if (typeof values.year !== 'number' || !Number.isInteger(values.year)) steps.push('year');
  const agency = relationTarget(values.agency);
  const hasAgency =
    agency === undefined ? stored.saved && holdsRelation(stored.agency) : agency !== null;
  if (!hasAgency) steps.push('agency');
  if (!stored.saved) steps.push('save');
  return steps;
};

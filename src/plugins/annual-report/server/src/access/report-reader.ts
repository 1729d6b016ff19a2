import type { ReportData } from '../../../shared/contracts/report';
import type { Status } from '../reports/loader';

/**
 * How a caller reads reports, whoever it is: every plugin route obtains reports through one
 * (the read gate gives one per request), so a route cannot forget the check.
 */
export interface ReportReader {
  /** The report, or a 404 when it does not exist, a 403 when this caller may not `action` it. */
  report(
    documentId: unknown,
    options?: { status?: Status; action?: ReportAction },
  ): Promise<StoredReport>;
  /** The version this caller may read, else null (never an error): for lookups beside a report. */
  readable(documentId: string, status: Status): Promise<ReportData | null>;
  /** Those of `documentIds` this caller may read (any version): for lists of plugin records. */
  readableIds(documentIds: string[]): Promise<Set<string>>;
  /** Refuses with 403 a caller whose role may not `action` reports at all (lists, creation). */
  assert(action: ReportAction): void;
}

/** A stored report: it has its documentId. */
export type StoredReport = ReportData & { documentId: string };

export type ReportAction = 'read' | 'create' | 'update' | 'publish';

import type { Blocks, ReportSection, ReportTable } from './report';

/** What a saved version of a report keeps: its content, not the server's records beside it. */
export interface VersionContent {
  title: string | null;
  year: number | null;
  format: string | null;
  issuedOn: string | null;
  agency: string | null;
  preface: Blocks | null;
  sections: ReportSection[];
  tables: ReportTable[];
}

export interface ReportVersionSummary {
  id: number;
  revision: number;
  savedBy: string;
  savedAt: string;
  /** The version this one restored, when it was a restore. */
  restoredFrom: number | null;
}

export interface ReportVersion extends ReportVersionSummary {
  content: VersionContent;
}

/** A change between two versions, by field, by cell and by sentence. */
export interface VersionDiff {
  fields: Array<{ field: keyof VersionContent; before: unknown; after: unknown }>;
  cells: Array<{
    table: string;
    row: string;
    column: string;
    before: number | null;
    after: number | null;
  }>;
  sentences: Array<{ section: string; removed: string[]; added: string[] }>;
}

/** GET /annual-report/reports/:documentId/versions (admin, read): newest first. */
export declare namespace ListVersions {
  interface Response {
    data: ReportVersionSummary[];
  }
}

/** GET …/versions/:id (admin, read): the version and what changed from it to the draft. */
export declare namespace GetVersion {
  interface Response {
    data: ReportVersion;
    meta: { diffToDraft: VersionDiff };
  }
}

/** POST …/versions/:id/restore (admin, update): the draft replaced by the version's content. */
export declare namespace RestoreVersion {
  interface Response {
    data: ReportVersionSummary;
  }
}

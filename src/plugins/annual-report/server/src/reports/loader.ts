import type { Core } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import { REPORT_UID, AGENCY_UID } from '../../../shared/contracts/uids';

export type Status = 'draft' | 'published';

/** A draft as the caller may read it, else null. */
export type DraftReader = (documentId: string) => Promise<ReportData | null>;

const POPULATE = { sections: true, tables: true, agency: true } as const;

/** Reads reports as the plain data the rule engine takes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.documents(REPORT_UID);

  return {
    async load(documentId: string, status: Status): Promise<ReportData | null> {
      const found = await reports().findOne({ documentId, status, populate: POPULATE });
      return (found as unknown as ReportData) ?? null;
    },

    /** The first report matching `filters` (the read gate's permission query), as loaded above. */
    async loadWhere(filters: object, status: Status): Promise<ReportData | null> {
      const found = await reports().findFirst({ filters, status, populate: POPULATE });
      return (found as unknown as ReportData) ?? null;
    },

    /** The documentIds of the reports matching `filters` (any version unless `status` says). */
    async documentIdsWhere(filters: object, status: Status = 'draft'): Promise<Set<string>> {
      const found = await reports().findMany({ filters, status, fields: ['documentId'] });
      return new Set(found.map((report) => report.documentId));
    },

    /** Whether the document has that version, whoever may read it. */
    async exists(documentId: string, status: Status): Promise<boolean> {
      const publishedAt = status === 'published' ? { $notNull: true } : null;
      return (await strapi.db.query(REPORT_UID).count({ where: { documentId, publishedAt } })) > 0;
    },

    async loadAgency(documentId: string): Promise<ReportData['agency']> {
      const uid = AGENCY_UID;
      return (
        ((await strapi
          .documents(uid)
          .findOne({ documentId })) as unknown as ReportData['agency']) ?? null
      );
    },

    /**
     * The same agency's report of the year before: its published version, else its draft when
     * `readDraft` (the caller's read gate) gives it; stored verdicts pass none, so they never
     * depend on who saved. Never the report itself, whose published version may still carry the
     * old year while it is edited.
     */
    async previousYear(
      report: Pick<ReportData, 'year' | 'agency' | 'documentId'>,
      readDraft?: DraftReader,
    ): Promise<ReportData | null> {
      const agencyId = report.agency?.documentId;
      if (!agencyId || typeof report.year !== 'number') return null;
      const filters: Record<string, unknown> = {
        year: report.year - 1,
        agency: { documentId: agencyId },
      };
      if (report.documentId) filters.documentId = { $ne: report.documentId };
      const params = { filters, populate: POPULATE };
      const published = await reports().findFirst({ ...params, status: 'published' });
      if (published) return published as unknown as ReportData;
      if (!readDraft) return null;
      const draft = await reports().findFirst({ filters, status: 'draft', fields: ['documentId'] });
      return draft ? readDraft(draft.documentId) : null;
    },
  };
};

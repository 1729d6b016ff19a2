import type { Core } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import { REPORT_UID, AGENCY_UID } from '../../../shared/contracts/uids';

export type Status = 'draft' | 'published';

const POPULATE = { sections: true, tables: true, agency: true } as const;

/** Reads reports as the plain data the rule engine takes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.documents(REPORT_UID);

  return {
    async load(documentId: string, status: Status): Promise<ReportData | null> {
      const found = await reports().findOne({ documentId, status, populate: POPULATE });
      return (found as unknown as ReportData) ?? null;
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
     * The same agency's report of the year before: its published version, else (for the checks of
     * a draft, which are never public) its draft. Never the report itself, whose published version
     * may still carry the old year while it is edited.
     */
    async previousYear(
      report: Pick<ReportData, 'year' | 'agency' | 'documentId'>,
      basis: Status,
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
      const found =
        published ??
        (basis === 'draft' ? await reports().findFirst({ ...params, status: 'draft' }) : null);
      return (found as unknown as ReportData) ?? null;
    },
  };
};

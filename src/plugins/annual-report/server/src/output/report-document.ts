import type { Core } from '@strapi/strapi';
import type { ReportDocument } from '../../../shared/contracts/document';
import type { ReportData } from '../../../shared/contracts/report';
import { resolveReport } from '../../../shared/layout/resolve';
import { getService } from '../plugin-config';
import type { Status } from '../reports/loader';

/** Stored reports as labeled documents: what every output and the typed GraphQL queries serve. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const resolve = (report: ReportData & { publishedAt?: string | null }): ReportDocument =>
    resolveReport(report, getService(strapi, 'templates').forFormat(report.format));

  return {
    resolve,

    async load(documentId: string, status: Status): Promise<ReportDocument | null> {
      const report = await getService(strapi, 'report-loader').load(documentId, status);
      return report ? resolve(report) : null;
    },
  };
};

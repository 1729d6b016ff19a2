import type { Core } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import { summarize, type CheckSummary, type Finding } from '../../../shared/contracts/checks';
import { validate } from '../../../shared/checks/validate';
import type { Status } from './report-loader';
import { getService } from '../plugin-config';

/** Runs the rule engine with what only the server knows: the agency and its previous-year report. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const findings = async (report: ReportData): Promise<Finding[]> => {
    const template = getService(strapi, 'templates').forFormat(report.format);
    const previous = await getService(strapi, 'report-loader').previousYear(report);
    return validate(report, template, { previous });
  };

  return {
    findings,

    async summary(report: ReportData): Promise<CheckSummary> {
      return summarize(await findings(report));
    },

    async summaryOf(documentId: string, status: Status): Promise<CheckSummary | null> {
      const report: ReportData | null = await getService(strapi, 'report-loader').load(
        documentId,
        status,
      );
      return report ? summarize(await findings(report)) : null;
    },
  };
};

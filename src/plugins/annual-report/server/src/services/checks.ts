import type { Core } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import { summarize, type CheckSummary, type Finding } from '../../../shared/contracts/checks';
import { validate } from '../../../shared/checks/validate';
import type { Status } from './report-loader';
import { getService } from '../plugin-config';

/**
 * Runs the rule engine with what only the server knows: the agency and its previous-year report.
 * `basis` says whose verdict it is: a draft's may compare with last year's draft; a published
 * version's is public and compares with published versions only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const findings = async (report: ReportData, basis: Status = 'draft'): Promise<Finding[]> => {
    const template = getService(strapi, 'templates').forFormat(report.format);
    const previous = await getService(strapi, 'report-loader').previousYear(report, basis);
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
      return report ? summarize(await findings(report, status)) : null;
    },
  };
};

import type { Core } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import type { CheckSummary, Finding } from '../../../shared/contracts/checks';
import { relationTarget } from '../../../shared/contracts/relation-target';
import { validate } from '../../../shared/checks/validate';
import type { Status } from '../reports/loader';
import { getService } from '../plugin-config';

/**
 * Runs the rule engine with what only the server knows: the agency and its previous-year report.
 * `basis` says whose verdict it is: a draft's may compare with last year's draft; a published
 * version's is public and compares with published versions only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const acknowledgements = () => getService(strapi, 'acknowledgements');
  const findings = async (report: ReportData, basis: Status = 'draft'): Promise<Finding[]> => {
    const template = getService(strapi, 'templates').forFormat(report.format);
    const previous = await getService(strapi, 'report-loader').previousYear(report, basis);
    return validate(report, template, { previous, published: basis === 'published' });
  };

  return {
    findings,

    /**
     * The summary of the form's unsaved values: the form's agency, else (a form that leaves the
     * relation unchanged) the stored report's.
     */
    async ofFormValues(
      report: Record<string, unknown>,
      documentId: string | undefined,
    ): Promise<CheckSummary> {
      const loader = getService(strapi, 'report-loader');
      const agencyId = relationTarget(report.agency);
      const stored: ReportData | null =
        agencyId === undefined && documentId ? await loader.load(documentId, 'draft') : null;
      const agency = agencyId ? await loader.loadAgency(agencyId) : (stored?.agency ?? null);
      const data = { ...report, documentId, agency } as unknown as ReportData;
      return acknowledgements().summarize(documentId, await findings(data));
    },

    async summaryOf(documentId: string, status: Status): Promise<CheckSummary | null> {
      const report = await getService(strapi, 'report-loader').load(documentId, status);
      return report
        ? acknowledgements().summarize(documentId, await findings(report, status))
        : null;
    },
  };
};

import type { Core } from '@strapi/strapi';
import type { ReportData } from '../../../shared/contracts/report';
import type { CheckSummary, Finding } from '../../../shared/contracts/checks';
import { relationTarget } from '../../../shared/contracts/relation-target';
import { validate } from '../../../shared/checks/validate';
import type { ReportReader } from '../access/report-reader';
import type { DraftReader, Status } from '../reports/loader';
import { getService } from '../plugin-config';

/**
 * Runs the rule engine with what only the server knows: the agency and its previous-year report.
 * A published version's verdict is public and compares with published years only; so do the
 * stored verdicts of drafts (they must not depend on who saved). Only a verdict computed for a
 * caller (`readDraft`, from the caller's read gate) may compare with last year's draft.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const acknowledgements = () => getService(strapi, 'acknowledgements');
  const findings = async (
    report: ReportData,
    status: Status = 'draft',
    readDraft?: DraftReader,
  ): Promise<Finding[]> => {
    const template = getService(strapi, 'templates').forFormat(report.format);
    const previous = await getService(strapi, 'report-loader').previousYear(
      report,
      status === 'draft' ? readDraft : undefined,
    );
    return validate(report, template, { previous, published: status === 'published' });
  };
  const draftsOf = (reader: ReportReader): DraftReader => (id) => reader.readable(id, 'draft');

  return {
    findings,

    /**
     * The summary of the form's unsaved values, for the caller `reader` reads for: the form's
     * agency, else (a form that leaves the relation unchanged) the stored report's.
     */
    async ofFormValues(
      report: Record<string, unknown>,
      documentId: string | undefined,
      reader: ReportReader,
    ): Promise<CheckSummary> {
      const loader = getService(strapi, 'report-loader');
      const stored = documentId ? await reader.report(documentId) : null;
      const agencyId = relationTarget(report.agency);
      const agency = agencyId ? await loader.loadAgency(agencyId) : (stored?.agency ?? null);
      const data = { ...report, documentId, agency } as unknown as ReportData;
      return acknowledgements().summarize(
        documentId,
        await findings(data, 'draft', draftsOf(reader)),
      );
    },

    /** The summary of a stored version the caller `reader` reads for. */
    async summaryOf(
      documentId: unknown,
      status: Status,
      reader: ReportReader,
    ): Promise<CheckSummary> {
      const report = await reader.report(documentId, { status });
      return acknowledgements().summarize(
        report.documentId,
        await findings(report, status, draftsOf(reader)),
      );
    },
  };
};

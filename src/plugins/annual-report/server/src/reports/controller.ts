import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GetPreviousReport } from '../../../shared/contracts/checks-routes';
import { getService } from '../plugin-config';
import { assertMay, type AdminState } from '../admin-rights';
import { parseOr400 } from '../validation/parse-or-400';
import { previousReportQuery } from './previous-report-query';
import type { Context } from 'koa';
import { REPORT_UID } from '../../../shared/contracts/uids';

export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    /** Admin: the agency and its previous-year report, for checks run in the browser. */
    async previous(ctx: Context) {
      assertMay(ctx.state as AdminState, 'read', REPORT_UID);
      const { year, agency, documentId } = parseOr400(previousReportQuery, ctx.query);
      const loader = getService(strapi, 'report-loader');
      let agencyId = agency;
      if (agencyId === undefined && documentId !== undefined) {
        const stored = await loader.load(documentId, 'draft');
        if (!stored) throw new errors.NotFoundError(`No report with documentId "${documentId}"`);
        agencyId = stored.agency?.documentId;
      }
      const found = (agencyId ? await loader.loadAgency(agencyId) : null) ?? null;
      const previous = found
        ? await loader.previousYear({ year, agency: found, documentId }, 'draft')
        : null;
      ctx.body = {
        data: previous,
        meta: { agency: found },
      } satisfies GetPreviousReport.Response;
    },
  }) satisfies Core.Controller;

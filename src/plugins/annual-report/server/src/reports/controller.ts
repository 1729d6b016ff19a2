import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { GetPreviousReport } from '../../../shared/contracts/checks-routes';
import { getService } from '../plugin-config';
import { parseOr400 } from '../validation/parse-or-400';
import { previousReportQuery } from './previous-report-query';

export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    /** Admin: the agency and its previous-year report, for checks run in the browser. */
    async previous(ctx: Context) {
      const reader = getService(strapi, 'read-gate').admin(ctx);
      reader.assert('read');
      const { year, agency, documentId } = parseOr400(previousReportQuery, ctx.query);
      const loader = getService(strapi, 'report-loader');
      const agencyId =
        agency ?? (documentId === undefined ? undefined : (await reader.report(documentId)).agency?.documentId);
      const found = (agencyId ? await loader.loadAgency(agencyId) : null) ?? null;
      const previous = found
        ? await loader.previousYear({ year, agency: found, documentId }, (id) =>
            reader.readable(id, 'draft'),
          )
        : null;
      ctx.body = {
        data: previous,
        meta: { agency: found },
      } satisfies GetPreviousReport.Response;
    },
  }) satisfies Core.Controller;

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { GetReportChecks, RunChecks } from '../../../shared/contracts/checks-routes';
import { mayReadDrafts } from '../../../shared/contracts/draft-access';
import { getService } from '../plugin-config';
import { documentStatus, runChecksBody } from './run-checks-body';
import { parseOr400 } from '../validation/parse-or-400';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const summaryOf = async (ctx: Context, status: 'draft' | 'published') => {
    const summary = await getService(strapi, 'checks').summaryOf(ctx.params.documentId, status);
    if (!summary)
      throw new errors.NotFoundError(
        `No ${status} report with documentId "${ctx.params.documentId}"`,
      );
    ctx.body = { data: summary } satisfies GetReportChecks.Response;
  };

  return {
    /** Admin: checks the form's unsaved values. */
    async run(ctx: Context) {
      const { report, documentId } = parseOr400(runChecksBody, ctx.request.body);
      getService(strapi, 'templates').forFormat(report.format, ['report', 'format']);
      ctx.body = {
        data: await getService(strapi, 'checks').ofFormValues(report, documentId),
      } satisfies RunChecks.Response;
    },

    /** Admin: a stored report's checks, draft unless asked otherwise. */
    async adminFindOne(ctx: Context) {
      await summaryOf(
        ctx,
        parseOr400(documentStatus.default('draft'), ctx.query.status, ['status']),
      );
    },

    /** Content API: published reports for everyone; drafts only for API tokens. */
    async findOne(ctx: Context) {
      const status = parseOr400(documentStatus.default('published'), ctx.query.status, ['status']);
      if (status === 'draft' && !mayReadDrafts(ctx.state?.auth)) {
        throw new errors.ForbiddenError('Checks of a draft need an API token');
      }
      await summaryOf(ctx, status);
    },
  } satisfies Core.Controller;
};

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { GetReportChecks, RunChecks } from '../../../shared/contracts/checks-routes';
import { getService } from '../plugin-config';
import { documentStatus, runChecksBody } from './run-checks-body';
import { parseOr400 } from '../validation/parse-or-400';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const checks = () => getService(strapi, 'checks');
  const gate = () => getService(strapi, 'read-gate');

  return {
    /** Admin: checks the form's unsaved values, of a report the admin may read or create. */
    async run(ctx: Context) {
      const { report, documentId } = parseOr400(runChecksBody, ctx.request.body);
      const reader = gate().admin(ctx);
      if (documentId === undefined) reader.assert('create');
      getService(strapi, 'templates').forFormat(report.format, ['report', 'format']);
      ctx.body = {
        data: await checks().ofFormValues(report, documentId, reader),
      } satisfies RunChecks.Response;
    },

    /** Admin: a stored report's checks, draft unless asked otherwise. */
    async adminFindOne(ctx: Context) {
      const status = parseOr400(documentStatus.default('draft'), ctx.query.status, ['status']);
      ctx.body = {
        data: await checks().summaryOf(ctx.params.documentId, status, gate().admin(ctx)),
      } satisfies GetReportChecks.Response;
    },

    /** Content API: published reports for everyone; drafts only for API tokens. */
    async findOne(ctx: Context) {
      const status = parseOr400(documentStatus.default('published'), ctx.query.status, ['status']);
      ctx.body = {
        data: await checks().summaryOf(ctx.params.documentId, status, gate().content(ctx)),
      } satisfies GetReportChecks.Response;
    },
  } satisfies Core.Controller;
};

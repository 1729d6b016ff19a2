import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { StartNextYear } from '../../../shared/contracts/next-year-routes';
import { formatForYear, nextYearReport } from '../../../shared/templates/next-year';
import { getService } from '../plugin-config';
import { assertMay } from '../admin-rights';
import { isDocumentId } from '../validation/document-id';
import { errorBody } from './error-body';
import { REPORT_UID } from '../../../shared/contracts/uids';

/**
 * Admin: "从上年报告开始" — next year's draft for the same agency from this report (its published
 * version when it has one: that is what was filed), with the cells the format carries over.
 */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    async create(ctx: Context) {
      const uid = REPORT_UID;
      assertMay(ctx.state, 'read', uid);
      assertMay(ctx.state, 'create', uid);
      const loader = getService(strapi, 'report-loader');
      const { documentId } = ctx.params;
      const previous = isDocumentId(documentId)
        ? ((await loader.load(documentId, 'published')) ?? (await loader.load(documentId, 'draft')))
        : null;
      if (!previous) throw new errors.NotFoundError(`No report with documentId "${documentId}"`);
      if (typeof previous.year !== 'number')
        throw new errors.ValidationError('The report has no year: set its year first', {
          errors: [{ path: ['year'], message: 'required', name: 'ValidationError' }],
        });
      const agency = previous.agency?.documentId;
      if (!agency)
        throw new errors.ValidationError('The report has no agency: choose its agency first', {
          errors: [{ path: ['agency'], message: 'required', name: 'ValidationError' }],
        });
      const year = previous.year + 1;
      const existing = await strapi.documents(uid).findFirst({
        filters: { year, agency: { documentId: agency } },
        status: 'draft',
      });
      if (existing) {
        ctx.status = 409;
        ctx.body = errorBody(409, 'ConflictError', `This agency already has a ${year} report`, {
          documentId: (existing as { documentId: string }).documentId,
        });
        return;
      }
      const templates = getService(strapi, 'templates').registry().list();
      const template = formatForYear(previous.format, year, templates);
      if (!template)
        throw new errors.ValidationError(`No report format applies to ${year}`, {
          errors: [
            { path: ['format'], message: 'no format for the year', name: 'ValidationError' },
          ],
        });
      const created = await strapi.documents(uid).create({
        data: { ...nextYearReport(previous, template), agency },
      });
      ctx.status = 201;
      ctx.body = {
        data: { documentId: created.documentId, year, format: template.key },
      } satisfies StartNextYear.Response;
    },
  }) satisfies Core.Controller;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { StartNextYear } from '../../../shared/contracts/next-year-routes';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { assertMay } from '../admin-rights';
import { errorBody } from '../error-body';
import { getService } from '../plugin-config';
import { isDocumentId } from '../validation/document-id';

/** Admin: "从上年报告开始" for an admin who may read and create reports. */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    async create(ctx: Context) {
      assertMay(ctx.state, 'read', REPORT_UID);
      assertMay(ctx.state, 'create', REPORT_UID);
      const { documentId } = ctx.params;
      if (!isDocumentId(documentId)) {
        throw new errors.NotFoundError(`No report with documentId "${documentId}"`);
      }
      const result = await getService(strapi, 'next-year').startFrom(documentId);
      if ('exists' in result) {
        ctx.status = 409;
        ctx.body = errorBody(
          409,
          'ConflictError',
          `This agency already has a ${result.exists.year} report`,
          { documentId: result.exists.documentId },
        );
        return;
      }
      ctx.status = 201;
      ctx.body = { data: result.created } satisfies StartNextYear.Response;
    },
  }) satisfies Core.Controller;

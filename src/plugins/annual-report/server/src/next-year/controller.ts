import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { NextYearCandidates, StartNextYear } from '../../../shared/contracts/next-year-routes';
import { errorBody } from '../error-body';
import { getService } from '../plugin-config';

/** Admin: "从上年报告开始" for an admin who may read and create reports. */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    async candidates(ctx: Context) {
      const reader = getService(strapi, 'read-gate').admin(ctx);
      reader.assert('create');
      ctx.body = {
        data: await getService(strapi, 'next-year').candidates(reader),
      } satisfies NextYearCandidates.Response;
    },

    async create(ctx: Context) {
      const reader = getService(strapi, 'read-gate').admin(ctx);
      reader.assert('create');
      const result = await getService(strapi, 'next-year').startFrom(ctx.params.documentId, reader);
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

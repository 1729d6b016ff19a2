import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { GetVersion, ListVersions, RestoreVersion } from '../../../shared/contracts/history';
import { diffVersions } from '../../../shared/history/diff';
import { getService } from '../plugin-config';
import { versionContent } from './version-content';

/** Admin: a report's saved versions, one with its difference to the draft, and restore. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const gate = () => getService(strapi, 'read-gate');
  const history = () => getService(strapi, 'history');

  return {
    async list(ctx: Context) {
      const { documentId } = await gate().admin(ctx).report(ctx.params.documentId);
      ctx.body = { data: await history().list(documentId) } satisfies ListVersions.Response;
    },

    async findOne(ctx: Context) {
      const draft = await gate().admin(ctx).report(ctx.params.documentId);
      const version = await history().get(draft.documentId, ctx.params.id);
      ctx.body = {
        data: version,
        meta: { diffToDraft: diffVersions(version.content, versionContent(draft)) },
      } satisfies GetVersion.Response;
    },

    async restore(ctx: Context) {
      const reader = gate().admin(ctx);
      const { documentId } = await reader.report(ctx.params.documentId, { action: 'update' });
      ctx.body = {
        data: await history().restore(documentId, ctx.params.id),
      } satisfies RestoreVersion.Response;
    },
  } satisfies Core.Controller;
};

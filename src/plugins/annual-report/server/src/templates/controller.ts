import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ListTemplates } from '../../../shared/contracts/templates';
import { getService } from '../plugin-config';

export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    list(ctx: Context) {
      const registry = getService(strapi, 'templates').registry();
      ctx.body = { data: registry.list() } satisfies ListTemplates.Response;
    },
  }) satisfies Core.Controller;

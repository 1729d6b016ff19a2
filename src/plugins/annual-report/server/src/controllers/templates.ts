import type { Core } from '@strapi/strapi';
import type { ListTemplates } from '../../../shared/contracts/templates';
import { getService } from '../plugin-config';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list(ctx: { body: ListTemplates.Response }) {
    const registry = getService(strapi, 'templates').registry();
    ctx.body = { data: registry.list() };
  },
});

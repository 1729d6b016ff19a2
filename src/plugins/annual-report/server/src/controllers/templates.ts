import type { Core } from '@strapi/strapi';
import type { ListTemplates } from '../../../shared/contracts/templates';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list(ctx: { body: ListTemplates.Response }) {
    const registry = strapi.plugin('annual-report').service('templates').registry();
    ctx.body = { data: registry.list() };
  },
});

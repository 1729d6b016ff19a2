import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-config';
import contentType from './content-type';
import controller from './controller';
import service from './service';
import { authenticated, type Slice } from '../slice';

/** Audited publication over check errors (a slice: its table, action, service, controller, routes). */
export default {
  contentTypes: { 'check-override': contentType },
  services: { overrides: service },
  controllers: { overrides: controller },
  adminRoutes: [
    {
      method: 'POST',
      path: '/reports/:documentId/override-publish',
      handler: 'overrides.publish',
      config: authenticated,
    },
    { method: 'GET', path: '/overrides', handler: 'overrides.list', config: authenticated },
  ],
  /** The action roles are given in Settings → Roles; the super admin has every action. */
  async bootstrap(strapi: Core.Strapi) {
    await strapi.service('admin::permission').actionProvider.registerMany([
      {
        section: 'plugins',
        displayName: '越过检查错误发布 (publish over check errors)',
        uid: 'override-check',
        pluginName: PLUGIN_ID,
      },
    ]);
  },
} satisfies Slice;

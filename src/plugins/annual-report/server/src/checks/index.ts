import type { Core } from '@strapi/strapi';
import { getService } from '../plugin-config';
import { authenticated, type Slice } from '../slice';
import controller from './controller';
import { registerReportChecksQuery } from './graphql';
import refresh from './refresh';
import service from './service';

/** The rule engine at the server's edge: its routes, GraphQL reportChecks, and the refresh. */
export default {
  services: { checks: service, 'checks-refresh': refresh },
  controllers: { checks: controller },
  adminRoutes: [
    { method: 'POST', path: '/checks', handler: 'checks.run', config: authenticated },
    {
      method: 'GET',
      path: '/reports/:documentId/checks',
      handler: 'checks.adminFindOne',
      config: authenticated,
    },
  ],
  contentApiRoutes: [
    // Public once the role has the action (the app grants it): published versions only.
    { method: 'GET', path: '/reports/:documentId/checks', handler: 'checks.findOne' },
  ],
  register(strapi: Core.Strapi) {
    registerReportChecksQuery(strapi);
  },
  async bootstrap(strapi: Core.Strapi) {
    await getService(strapi, 'checks-refresh').refreshIfStale();
  },
} satisfies Slice;

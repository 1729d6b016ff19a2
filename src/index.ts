import type { Core } from '@strapi/strapi';
import { grantPublicRead } from './bootstrap/public-permissions';
import { isEmpty, loadDemoData } from './bootstrap/demo-data';
import { configureAdminLayout } from './bootstrap/admin-layout';
import { translateDefaultRoles } from './bootstrap/default-roles';
import { restrictContentApiReads } from './content-api/restrict-reads';
import { cleanWrites } from './input-guard/document-middleware';
import { materializeSnapshot, snapshotMiddleware } from './api/report/snapshot';
import { CHECKS_REFRESHED, type ChecksRefreshedEvent } from './plugins/annual-report/shared';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    restrictContentApiReads(strapi);
    strapi.documents.use(cleanWrites);
    strapi.documents.use(snapshotMiddleware(strapi));
    // The snapshot shows the stored checks: recomputed checks (new rules) are copied into it.
    strapi.eventHub.on(CHECKS_REFRESHED, ({ documentId }: ChecksRefreshedEvent) =>
      materializeSnapshot(strapi, documentId),
    );
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicRead(strapi);
    await configureAdminLayout(strapi);
    await translateDefaultRoles(strapi);
    // A new installation opens on real reports; DEMO_DATA=false keeps the database empty (tests).
    if (process.env.DEMO_DATA !== 'false' && (await isEmpty(strapi))) {
      await loadDemoData(strapi);
    }
  },
};

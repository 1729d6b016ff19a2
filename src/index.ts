import type { Core } from '@strapi/strapi';
import { grantPublicRead } from './bootstrap/public-permissions';
import { isEmpty, loadDemoData } from './bootstrap/demo-data';
import { configureAdminLayout } from './bootstrap/admin-layout';
import { restrictContentApiReads } from './content-api/restrict-reads';
import { cleanWrites } from './input-guard/document-middleware';
import { snapshotMiddleware } from './api/report/snapshot';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    restrictContentApiReads(strapi);
    strapi.documents.use(cleanWrites);
    strapi.documents.use(snapshotMiddleware(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicRead(strapi);
    await configureAdminLayout(strapi);
    // A new installation opens on real reports; DEMO_DATA=false keeps the database empty (tests).
    if (process.env.DEMO_DATA !== 'false' && (await isEmpty(strapi))) {
      await loadDemoData(strapi);
    }
  },
};

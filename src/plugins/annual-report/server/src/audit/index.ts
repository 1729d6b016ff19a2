import type { Core } from '@strapi/strapi';
import { authenticated, type Slice } from '../slice';
import contentType from './content-type';
import controller from './controller';
import { auditDocuments } from './document-middleware';
import { auditAccessChanges } from './lifecycles';
import service from './service';

/** The audit log: publications, deletions, overrides, roles and users; read by super admins. */
export default {
  services: { audit: service },
  controllers: { audit: controller },
  contentTypes: { 'audit-entry': contentType },
  adminRoutes: [
    { method: 'GET', path: '/audit', handler: 'audit.list', config: authenticated },
    { method: 'GET', path: '/audit.csv', handler: 'audit.csv', config: authenticated },
  ],
  register(strapi: Core.Strapi) {
    strapi.documents.use(auditDocuments(strapi));
  },
  async bootstrap(strapi: Core.Strapi) {
    auditAccessChanges(strapi);
  },
} satisfies Slice;

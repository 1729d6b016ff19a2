import type { Slice } from '../slice';
import controller from './controller';
import service from './service';

/** Strapi's Preview opens the stored draft's page through a signed, expiring link. */
export default {
  services: { preview: service },
  controllers: { preview: controller },
  contentApiRoutes: [
    // Guarded by its own signed, expiring token instead of a role (see controller.ts).
    { method: 'GET', path: '/preview', handler: 'preview.show', config: { auth: false } },
  ],
} satisfies Slice;

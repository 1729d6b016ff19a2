import { authenticated, type Slice } from '../slice';
import contentType from './content-type';
import controller from './controller';
import service from './service';

/** Every saved version of a report, its difference to the draft, and restore. */
export default {
  services: { history: service },
  controllers: { history: controller },
  contentTypes: { version: contentType },
  adminRoutes: [
    {
      method: 'GET',
      path: '/reports/:documentId/versions',
      handler: 'history.list',
      config: authenticated,
    },
    {
      method: 'GET',
      path: '/reports/:documentId/versions/:id',
      handler: 'history.findOne',
      config: authenticated,
    },
    {
      method: 'POST',
      path: '/reports/:documentId/versions/:id/restore',
      handler: 'history.restore',
      config: authenticated,
    },
  ],
} satisfies Slice;

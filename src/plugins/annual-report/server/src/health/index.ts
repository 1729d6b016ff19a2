import type { Slice } from '../slice';
import controller from './controller';

/** GET /api/annual-report/ready: the database, the cache store and its breaker. */
export default {
  controllers: { health: controller },
  contentApiRoutes: [
    { method: 'GET', path: '/ready', handler: 'health.ready', config: { auth: false } },
  ],
} satisfies Slice;

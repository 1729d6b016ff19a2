import { authenticated, type Slice } from '../slice';
import controller from './controller';
import service from './service';

/** The registry of formats: the built-in ones and the site's own. */
export default {
  services: { templates: service },
  controllers: { templates: controller },
  adminRoutes: [
    { method: 'GET', path: '/templates', handler: 'templates.list', config: authenticated },
  ],
} satisfies Slice;

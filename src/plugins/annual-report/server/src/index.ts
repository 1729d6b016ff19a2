import register from './register';
import config from './config';
import routes from './routes';
import controllers from './controllers';
import services from './services';
import middlewares from './middlewares';
import { getService } from './plugin-config';
import type { Core } from '@strapi/strapi';

export default {
  register,
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'cache').connect();
    const refresh = getService(strapi, 'checks-refresh');
    if (await refresh.isStale()) await refresh.refreshAll();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'cache').close();
    await getService(strapi, 'pdf').close();
  },
  config,
  routes,
  controllers,
  services,
  contentTypes: {},
  policies: {},
  middlewares,
};

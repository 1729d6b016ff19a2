import type { Core } from '@strapi/strapi';
import config from './config';
import register from './register';
import routes from './routes';
import { contentTypes, controllers, middlewares, policies, services, slices } from './slices';
import { waitForIdleDatabase } from './wait-for-idle-database';

export default {
  register,
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    for (const slice of slices) if ('bootstrap' in slice) await slice.bootstrap(strapi);
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    for (const slice of slices) if ('destroy' in slice) await slice.destroy(strapi);
    // Last: Strapi closes the pool after this, and background reads may still be running.
    await waitForIdleDatabase(strapi);
  },
  config,
  routes,
  controllers,
  services,
  contentTypes,
  policies,
  middlewares,
};

import register from './register';
import config from './config';
import routes from './routes';
import controllers from './controllers';
import services from './services';
import middlewares from './middlewares';
import { getService, pluginConfig } from './plugin-config';
import { keepPublicAbility } from './auth/public-ability';
import { onPermissionWrite } from './auth/permission-writes';
import { moveCacheOn } from './document-middleware/cache-invalidation';
import { waitForIdleDatabase } from './wait-for-idle-database';
import acknowledgements from './acknowledgements';
import overrides from './overrides';
import type { Core } from '@strapi/strapi';

export default {
  register,
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'cache').connect();
    // Anonymous reads reuse the public role's ability; a permission change is seen at once.
    const publicAbility = keepPublicAbility(
      strapi,
      pluginConfig(strapi).cache.publicAbilitySeconds,
    );
    onPermissionWrite(strapi, async () => {
      publicAbility.forget();
      await moveCacheOn(strapi);
    });
    await overrides.registerActions(strapi);
    await getService(strapi, 'checks-refresh').refreshIfStale();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'cache').close();
    await getService(strapi, 'pdf').close();
    await waitForIdleDatabase(strapi);
  },
  config,
  routes,
  controllers: { ...controllers, ...acknowledgements.controllers, ...overrides.controllers },
  services: { ...services, ...acknowledgements.services, ...overrides.services },
  contentTypes: { ...acknowledgements.contentTypes, ...overrides.contentTypes },
  policies: {},
  middlewares,
};

import type { Core } from '@strapi/strapi';
import { getService, pluginConfig } from '../plugin-config';
import type { Slice } from '../slice';
import { cacheInvalidation, moveCacheOn } from './invalidation';
import { onPermissionWrite } from './permission-writes';
import { keepPublicAbility } from './public-ability';
import publicCache from './public-cache';
import service from './service';
import { generationTable } from './generation';

/** The response cache of anonymous reads, its invalidation and the public role's ability kept. */
export default {
  services: { cache: service },
  contentTypes: { 'cache-generation': generationTable },
  middlewares: { 'public-cache': publicCache },
  register(strapi: Core.Strapi) {
    // First, so that it runs outside the report middleware's transaction.
    strapi.documents.use(cacheInvalidation(strapi));
  },
  async bootstrap(strapi: Core.Strapi) {
    await getService(strapi, 'cache').connect();
    // Anonymous reads reuse the public role's ability; a permission change is seen at once.
    const publicAbility = keepPublicAbility(
      strapi,
      pluginConfig(strapi).cache.publicAbilitySeconds,
    );
    onPermissionWrite(strapi, async () => {
      publicAbility.forget();
      await getService(strapi, 'cache').commitChange();
      await moveCacheOn(strapi);
    });
  },
  async destroy(strapi: Core.Strapi) {
    await getService(strapi, 'cache').close();
  },
} satisfies Slice;

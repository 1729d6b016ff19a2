import type { Core } from '@strapi/strapi';

/** A full-access API token, as a site's back office or import job would use. */
export const createFullAccessToken = async (strapi: Core.Strapi): Promise<string> => {
  const token = await strapi
    .service('admin::api-token')
    .create({ name: `test-${Date.now()}-${Math.random()}`, type: 'full-access', lifespan: null });
  return token.accessKey as string;
};

import { factories } from '@strapi/strapi';

const read = { middlewares: ['global::published-only'] };

export default factories.createCoreRouter('api::agency.agency', {
  config: { find: read, findOne: read },
});

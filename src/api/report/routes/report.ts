import { factories } from '@strapi/strapi';

// Front ends get a report laid out in one request: sections, tables and agency come without `populate`.
const read = { middlewares: ['api::report.default-populate'] };

export default factories.createCoreRouter('api::report.report', {
  config: {
    find: read,
    findOne: read,
  },
});

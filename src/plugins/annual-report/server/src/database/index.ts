import type { Core } from '@strapi/strapi';
import type { Slice } from '../slice';
import { retryDocumentReads } from './retry-document-reads';
import { markLostConnections, retryReadsOnce } from './retry-reads';
import unavailable from './unavailable';

/**
 * Lost database connections: reads retried once (Document Service reads whole, other reads on a
 * fresh connection), requests that cannot complete a 503.
 */
export default {
  middlewares: { 'database-unavailable': unavailable },
  register(strapi: Core.Strapi) {
    strapi.documents.use(retryDocumentReads(strapi));
  },
  async bootstrap(strapi: Core.Strapi) {
    retryReadsOnce(strapi);
    markLostConnections(strapi);
  },
} satisfies Slice;

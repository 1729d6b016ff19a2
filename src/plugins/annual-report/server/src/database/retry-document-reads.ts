import { AsyncLocalStorage } from 'async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import { cloneDeep } from 'lodash';
import { isConnectionError, pause, RETRY_DELAY_MS } from './connection-errors';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);
const retrying = new AsyncLocalStorage<true>();

/**
 * The Document Service runs every read in a transaction of its own, so a read whose connection
 * was lost is retried whole, once, through the Document Service again (a fresh transaction on a
 * fresh connection), with the parameters its caller gave. Never inside a caller's transaction:
 * that transaction is lost with its connection, and only its caller may start it again.
 */
export const retryDocumentReads =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!READS.has(context.action) || strapi.db.inTransaction() || retrying.getStore()) {
      return next();
    }
    const params = cloneDeep(context.params);
    try {
      return await next();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      await pause(RETRY_DELAY_MS);
      const documents = strapi.documents(context.uid as never) as unknown as Record<
        string,
        (params: unknown) => Promise<unknown>
      >;
      return retrying.run(true, () => documents[context.action](params)) as ReturnType<typeof next>;
    }
  };

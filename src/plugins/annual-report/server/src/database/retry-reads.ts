import type { Core } from '@strapi/strapi';
import {
  CONNECTION_LOST,
  isConnectionError,
  isIdempotentRead,
  pause,
  RETRY_DELAY_MS,
} from './connection-errors';

interface KnexClient {
  on(event: 'query-error', listener: (error: unknown) => void): void;
  query(connection: unknown, query: unknown): Promise<unknown>;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/**
 * A read that failed because its connection was lost runs once more on a fresh connection. Only
 * reads outside transactions are retried (a transaction's queries use their own client, which this
 * leaves alone), and only once; the lost connection is marked so that the pool drops it.
 */
export function retryReadsOnce(strapi: Core.Strapi): void {
  const client = strapi.db.connection.client as unknown as KnexClient;
  const query = client.query;
  client.query = async function retried(this: KnexClient, connection, statement) {
    try {
      return await query.call(this, connection, statement);
    } catch (error) {
      if (!isConnectionError(error) || !isIdempotentRead(statement)) throw error;
      const lost = connection as { __knex__disposed?: unknown } | null;
      if (lost && !lost.__knex__disposed) lost.__knex__disposed = error;
      await pause(RETRY_DELAY_MS);
      const fresh = await this.acquireConnection();
      try {
        return await query.call(this, fresh, statement);
      } finally {
        await this.releaseConnection(fresh);
      }
    }
  };
}

/**
 * Marks the request whose query lost its connection (transactions' queries included: their
 * client forwards the event), so that whatever error Strapi makes of it, the answer is a 503.
 */
export function markLostConnections(strapi: Core.Strapi): void {
  const client = strapi.db.connection.client as unknown as KnexClient;
  client.on('query-error', (error) => {
    if (!isConnectionError(error)) return;
    const request = strapi.requestContext.get();
    if (request) request.state[CONNECTION_LOST] = true;
  });
}

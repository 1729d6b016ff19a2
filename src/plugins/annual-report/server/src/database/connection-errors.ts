/**
 * Errors that say the database connection was lost, not that the query was wrong: a backend
 * terminated (failover, pg_terminate_backend, a restart), a socket reset. Retrying the query on
 * another connection may succeed; answering it as a bug (500) is wrong.
 */
const CODES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006', // connection_exception, connection_does_not_exist, connection_failure
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
]);
// The last: what knex says of a transaction whose connection was lost under it.
const MESSAGES =
  /Connection terminated|is not queryable|server closed the connection|terminating connection|Knex: Timeout acquiring a connection|Transaction query already complete/i;

export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && CODES.has(code)) ||
    (typeof message === 'string' && MESSAGES.test(message))
  );
}

/** A statement that only reads (and locks nothing): running it twice changes nothing. */
export function isIdempotentRead(query: unknown): boolean {
  const sql = typeof query === 'string' ? query : (query as { sql?: unknown } | null)?.sql;
  return (
    typeof sql === 'string' &&
    /^\s*(\(\s*)?(select|with)\b/i.test(sql) &&
    !/\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i.test(sql) &&
    !/\bpg_(try_)?advisory/i.test(sql) &&
    !/\b(insert|update|delete)\b[^']*\b(into|set|from)\b/i.test(sql.replace(/'[^']*'/g, "''"))
  );
}

/**
 * How long a retry waits: the events that mark the pool's other lost connections arrive on their
 * sockets just after the first error, and a retry taken before them may draw another lost one.
 */
export const RETRY_DELAY_MS = 50;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Set on a request's Koa state when one of its queries lost its connection. */
export const CONNECTION_LOST = 'annualReportDatabaseConnectionLost';

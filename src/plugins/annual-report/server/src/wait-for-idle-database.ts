import type { Core } from '@strapi/strapi';

interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

const QUIET_MS = 100;
const POLL_MS = 10;
const MAX_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until no query has been running or waiting for a connection for `QUIET_MS` (at most
 * `MAX_WAIT_MS`). Called from the plugin's destroy, which Strapi runs before it closes the pool:
 * its Document Service emits entry events after the commit without awaiting them (each reads the
 * entry back with a deep populate, `document-service/events`), so these reads may still be under
 * way after a write has answered, and closing the pool under them aborts them ("aborted").
 */
export const waitForIdleDatabase = async (strapi: Core.Strapi) => {
  const pool = (strapi.db.connection.client as { pool?: Pool }).pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const giveUp = Date.now() + MAX_WAIT_MS;
  let quietSince = Date.now();
  while (Date.now() < giveUp) {
    if (busy()) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await sleep(POLL_MS);
  }
};

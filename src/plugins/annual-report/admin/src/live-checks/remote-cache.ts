import { errorMessage } from '../utils/error-message';
import { listenerSet } from '../utils/listeners';

/**
 * Answers the server gives once per key and every component then reads: the previous-year report
 * of an (agency, year), the site's templates. Module state rather than React state, so that the
 * panel and each table's grid share one request; components subscribe with useSyncExternalStore.
 */

export type Remote<T> =
  | { state: 'loading' }
  | { state: 'done'; value: T }
  | { state: 'failed'; error: string };

export interface RemoteCache<T> {
  subscribe(listener: () => void): () => void;
  read(key: string): Remote<T> | undefined;
  /** Starts the request for a key the first time it is asked for; a failure is kept, not retried. */
  load(key: string, request: () => Promise<T>): void;
  /** A newer answer for a key (after a write the server confirmed). */
  put(key: string, value: T): void;
}

export function remoteCache<T>(): RemoteCache<T> {
  const entries = new Map<string, Remote<T>>();
  const { subscribe, notify } = listenerSet();
  const settle = (key: string, entry: Remote<T>) => {
    entries.set(key, entry);
    notify();
  };

  return {
    subscribe,
    read: (key) => entries.get(key),
    load(key, request) {
      if (entries.has(key)) return;
      entries.set(key, { state: 'loading' });
      request().then(
        (value) => settle(key, { state: 'done', value }),
        (error: unknown) => settle(key, { state: 'failed', error: errorMessage(error) }),
      );
    },
    put: (key, value) => settle(key, { state: 'done', value }),
  };
}

import * as React from 'react';
import type { Remote, RemoteCache } from './remote-cache';

/** One cache entry, loaded on first use; `key` null when nothing is needed. */
export function useRemote<T>(
  cache: RemoteCache<T>,
  key: string | null,
  request: () => Promise<T>,
): Remote<T> | undefined {
  const entry = React.useSyncExternalStore(cache.subscribe, () =>
    key === null ? undefined : cache.read(key),
  );
  // The request is derived from the key, so the key alone says when to ask.
  const latest = React.useRef(request);
  latest.current = request;
  React.useEffect(() => {
    if (key !== null) cache.load(key, () => latest.current());
  }, [cache, key]);
  return entry;
}

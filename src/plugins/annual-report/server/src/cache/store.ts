/** A cached anonymous response: what is needed to send it again, byte for byte. */
export interface CachedResponse {
  status: number;
  type: string;
  etag: string;
  /** Text as sent, or base64 of a binary body (Word, PDF). */
  body: string;
  encoding?: 'base64';
  /** The body's bytes, kept by the memory store so that a hit sends them without encoding again. */
  bytes?: Buffer;
  /** Headers that belong to the answer: its security policy, its file name. */
  headers?: Record<string, string>;
}

/**
 * Where responses are kept: this process's memory, or Redis shared by every instance. Entries are
 * keyed under a generation; a write to reports or agencies moves the generation on, so every
 * instance stops serving what was cached before the write.
 */
export interface CacheStore {
  readonly kind: 'memory' | 'redis';
  /** The entry, and the generation it was looked up in (to store a fresh response under). */
  get(key: string): Promise<{ value?: CachedResponse; generation: string }>;
  /**
   * Stores under the generation the lookup saw: when a write came in between, the response may
   * have been read before it, and is never served.
   */
  set(key: string, value: CachedResponse, generation: string): Promise<void>;
  /** Starts a new generation: nothing cached before is served again. */
  invalidate(): Promise<void>;
  /** Fails when the store cannot answer now (the readiness endpoint). */
  ping?(): Promise<void>;
  /** Resolves once the store can answer, or after `timeoutMs` (it is then used when it can). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

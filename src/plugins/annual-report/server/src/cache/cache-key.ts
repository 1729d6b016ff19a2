import crypto from 'crypto';
import { isPlainObject } from 'lodash';

/**
 * The cache key of a request, or null when its response must not be cached: only anonymous reads
 * (no Authorization, no cookie) of public paths and GraphQL queries, never a request for drafts.
 */
export interface KeyedRequest {
  method: string;
  path: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

const sortedJson = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, v) =>
    isPlainObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('base64url');

const WRITES_IN_GRAPHQL = /(^|[\s};])(mutation|subscription)\b/;

function graphqlKey(query: unknown, variables: unknown, operationName: unknown): string | null {
  if (typeof query !== 'string' || WRITES_IN_GRAPHQL.test(query)) return null;
  if (/\bstatus\s*:\s*DRAFT\b/.test(query) || /"DRAFT"/.test(sortedJson(variables))) return null;
  const normalized = query.replace(/\s+/g, ' ').trim();
  return `gql ${normalized} ${String(operationName ?? '')} ${sortedJson(variables)}`;
}

export function cacheKey(
  request: KeyedRequest,
  { paths, graphqlPath }: { paths: string[]; graphqlPath: string },
): string | null {
  if (request.headers.authorization || request.headers.cookie) return null;
  const method = request.method.toUpperCase();
  if (request.path === graphqlPath) {
    if (method === 'POST' && isPlainObject(request.body)) {
      const { query, variables, operationName } = request.body as Record<string, unknown>;
      const key = graphqlKey(query, variables, operationName);
      return key && hash(key);
    }
    return null;
  }
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!paths.some((prefix) => request.path.startsWith(prefix))) return null;
  const params = request.querystring.split('&').filter(Boolean).sort();
  if (params.some((param) => /^status=draft$/i.test(decodeURIComponent(param)))) return null;
  return hash(`rest ${request.path}?${params.join('&')}`);
}

import crypto from 'crypto';
import { isPlainObject } from 'lodash';
import { Kind, parse, print, type DocumentNode } from 'graphql';

export interface KeyedRequest {
  method: string;
  path: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

// Headers that change what Strapi answers for the same URL: such answers are never shared.
const SHAPING_HEADERS = ['strapi-response-format', 'strapi-encode-source-maps'];

const sortedJson = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, v) =>
    isPlainObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('base64url');

/**
 * As many tokens as the GraphQL endpoint accepts (src/graphql/armor.ts): a longer query is refused
 * there, and is not parsed here first (a 1 MB query took half a second to parse and print).
 */
const MAX_TOKENS = 3000;

const parsed = (query: string): DocumentNode | null => {
  try {
    return parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    return null;
  }
};

/** A GraphQL document of queries only, printed in one canonical form (string literals untouched). */
function graphqlKey(query: unknown, variables: unknown, operationName: unknown): string | null {
  if (typeof query !== 'string') return null;
  const document = parsed(query);
  if (!document) return null;
  const onlyQueries = document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
  );
  if (!onlyQueries) return null;
  const text = print(document);
  if (/\bstatus\s*:\s*DRAFT\b/.test(text) || /"DRAFT"/.test(sortedJson(variables))) return null;
  return `gql ${text} ${String(operationName ?? '')} ${sortedJson(variables)}`;
}

const decoded = (text: string): string | null => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};

/**
 * The plugin's outputs of a published report answer the same whatever the query says: keyed by
 * route alone, so that `?x=1`, `?x=2`… cannot make the server print a PDF per request. Koa's router
 * matches whatever the case, with or without a trailing slash, and decodes the documentId: the
 * key is the route as declared, with the documentId decoded (ids themselves are case-sensitive).
 */
const OUTPUT_ROUTE =
  /^\/api\/annual-report\/reports\/([^/]+)\/(document|html|tables\.csv|docx|pdf)\/?$/i;

const outputKey = (path: string): string | null | undefined => {
  const match = OUTPUT_ROUTE.exec(path);
  if (!match) return undefined;
  let documentId: string;
  try {
    documentId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return `/api/annual-report/reports/${documentId}/${match[2].toLowerCase()}`;
};

/**
 * The cache key of a request, or null when its response must not be cached: only anonymous reads
 * (no Authorization, no cookie, no header that reshapes the answer) of public paths and GraphQL
 * queries, never a request for drafts.
 */
export function cacheKey(
  request: KeyedRequest,
  { paths, graphqlPath }: { paths: string[]; graphqlPath: string },
): string | null {
  const { headers } = request;
  if (headers.authorization || headers.cookie) return null;
  if (SHAPING_HEADERS.some((name) => headers[name] !== undefined)) return null;
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
  const lowerPath = request.path.toLowerCase();
  if (!paths.some((prefix) => lowerPath.startsWith(prefix.toLowerCase()))) return null;
  const output = outputKey(request.path);
  if (output !== undefined) return output && hash(`rest ${output}`);
  const params = request.querystring.split('&').filter(Boolean);
  const texts = params.map(decoded);
  if (texts.some((text) => text === null || /^status=draft$/i.test(text))) return null;
  // Parameters are ordered by name only: repeated ones (sort=a&sort=b) keep their order.
  const byName = params
    .map((param, index) => ({ param, name: (texts[index] as string).split('=')[0] }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ param }) => param);
  return hash(`rest ${request.path}?${byName.join('&')}`);
}

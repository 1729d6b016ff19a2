import {
  cacheKey,
  type KeyedRequest,
} from '../../../src/plugins/annual-report/server/src/cache/cache-key';
import { matchesEtag } from '../../../src/plugins/annual-report/server/src/cache/etag';
import { memoryStore } from '../../../src/plugins/annual-report/server/src/cache/memory-store';

const options = { paths: ['/api/reports', '/api/agencies'], graphqlPath: '/graphql' };
const get = (path: string, querystring = '', headers: KeyedRequest['headers'] = {}) =>
  cacheKey({ method: 'GET', path, querystring, headers }, options);
const graphql = (body: unknown, headers: KeyedRequest['headers'] = {}) =>
  cacheKey({ method: 'POST', path: '/graphql', querystring: '', headers, body }, options);

describe('what is cached', () => {
  it('anonymous GETs of public paths, whatever the order of their parameters', () => {
    expect(get('/api/reports', 'a=1&b=2')).toEqual(get('/api/reports', 'b=2&a=1'));
    expect(get('/api/reports', 'a=1')).not.toEqual(get('/api/reports', 'a=2'));
    expect(get('/api/reports/abc')).not.toEqual(get('/api/reports/abd'));
  });

  it('keeps the order of a repeated parameter, and never fails on a malformed escape', () => {
    expect(get('/api/reports', 'sort=year&sort=title')).not.toEqual(
      get('/api/reports', 'sort=title&sort=year'),
    );
    expect(get('/api/reports', 'q=%')).toBeNull();
  });

  it('never a request whose headers reshape the answer', () => {
    expect(get('/api/reports', '', { 'strapi-response-format': 'v4' })).toBeNull();
    expect(get('/api/reports', '', { 'strapi-encode-source-maps': 'true' })).toBeNull();
  });

  it('never a request with a token or a cookie, for drafts, or off the public paths', () => {
    expect(get('/api/reports', '', { authorization: 'Bearer x' })).toBeNull();
    expect(get('/api/reports', '', { cookie: 'a=b' })).toBeNull();
    expect(get('/api/reports', 'status=draft')).toBeNull();
    expect(get('/api/reports', 'status=%64raft')).toBeNull();
    expect(get('/api/users/me')).toBeNull();
    expect(get('/admin/init')).toBeNull();
    expect(
      cacheKey({ method: 'POST', path: '/api/reports', querystring: '', headers: {} }, options),
    ).toBeNull();
  });

  it('GraphQL queries keyed by normalised text, variables and operation', () => {
    const a = graphql({ query: '{ reports { title } }', variables: { x: 1, y: 2 } });
    expect(a).toEqual(
      graphql({ query: '{\n  reports {\n    title\n  }\n}', variables: { y: 2, x: 1 } }),
    );
    expect(a).not.toEqual(graphql({ query: '{ reports { title } }', variables: { x: 2, y: 2 } }));
    expect(graphql({ query: '{ reports { title } }', operationName: 'A' })).not.toEqual(
      graphql({ query: '{ reports { title } }', operationName: 'B' }),
    );
  });

  it('keeps what string literals hold, and refuses a query that does not parse', () => {
    expect(
      graphql({ query: '{ reports(filters: { title: { eq: "A  B" } }) { title } }' }),
    ).not.toEqual(graphql({ query: '{ reports(filters: { title: { eq: "A B" } }) { title } }' }));
    expect(graphql({ query: '{ reports { title ' })).toBeNull();
  });

  it('never GraphQL mutations, drafts or callers with a token', () => {
    expect(
      graphql({
        query:
          'query A { reports { title } },mutation B { deleteReport(documentId: "x") { documentId } }',
      }),
    ).toBeNull();
    expect(
      graphql({ query: 'mutation { deleteReport(documentId: "x") { documentId } }' }),
    ).toBeNull();
    expect(graphql({ query: '{ reports(status: DRAFT) { title } }' })).toBeNull();
    expect(
      graphql({
        query: 'query($s: PublicationStatus) { reports(status: $s) { title } }',
        variables: { s: 'DRAFT' },
      }),
    ).toBeNull();
    expect(graphql({ query: '{ reports { title } }' }, { authorization: 'Bearer x' })).toBeNull();
  });
});

it('matches If-None-Match as HTTP does: lists, weak forms, *', () => {
  expect(matchesEtag('"a", "b"', '"b"')).toBe(true);
  expect(matchesEtag('W/"b"', '"b"')).toBe(true);
  expect(matchesEtag('*', '"b"')).toBe(true);
  expect(matchesEtag('"c"', '"b"')).toBe(false);
  expect(matchesEtag(undefined, '"b"')).toBe(false);
});

describe('the memory store', () => {
  const entry = { status: 200, type: 'application/json', etag: '"e"', body: '{}' };

  it('serves what was stored under the current generation', async () => {
    const store = memoryStore({ maxBytes: 1e6, ttlSeconds: 60 });
    const { generation } = await store.get('k');
    await store.set('k', entry, generation);
    // With the body's bytes, sent on a hit without encoding the text again.
    expect((await store.get('k')).value).toEqual({ ...entry, bytes: Buffer.from('{}') });
  });

  it('keeps the bytes of a binary body as sent, not of its base64', async () => {
    const store = memoryStore({ maxBytes: 1e6, ttlSeconds: 60 });
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0x00]);
    const binary = { ...entry, body: pdf.toString('base64'), encoding: 'base64' as const };
    await store.set('pdf', binary, '0');
    expect((await store.get('pdf')).value?.bytes).toEqual(pdf);
  });

  it('drops a response read before a write, even when stored after it', async () => {
    const store = memoryStore({ maxBytes: 1e6, ttlSeconds: 60 });
    const { generation } = await store.get('k');
    await store.invalidate();
    await store.set('k', entry, generation);
    expect((await store.get('k')).value).toBeUndefined();
  });

  it('stays within its byte bound', async () => {
    const store = memoryStore({ maxBytes: 10_000, ttlSeconds: 60 });
    const big = { ...entry, body: 'x'.repeat(3000) };
    for (let i = 0; i < 10; i += 1) await store.set(`k${i}`, big, '0');
    expect((await store.get('k0')).value).toBeUndefined();
    expect((await store.get('k9')).value?.body).toBe(big.body);
  });
});

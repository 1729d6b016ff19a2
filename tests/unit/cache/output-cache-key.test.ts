import { cacheKey } from '../../../src/plugins/annual-report/server/src/cache/cache-key';
import { DEFAULT_CACHE } from '../../../src/plugins/annual-report/server/src/config';

/**
 * Koa's router matches paths whatever their case, with or without a trailing slash, and decodes
 * the documentId: every spelling of one output is one cache entry, so a client cannot make the
 * server print a new PDF per request (`…/PDF?x=<random>` did).
 */
const options = { paths: DEFAULT_CACHE.paths, graphqlPath: '/graphql' };
const get = (path: string, querystring = '') =>
  cacheKey({ method: 'GET', path, querystring, headers: {} }, options);

const canonical = get('/api/annual-report/reports/abc123/pdf');

it.each([
  ['/api/annual-report/reports/abc123/PDF', 'x=1'],
  ['/api/annual-report/reports/abc123/Pdf', 'x=2&y=3'],
  ['/api/annual-report/reports/abc123/pdf/', 'x=4'],
  ['/API/Annual-Report/REPORTS/abc123/pdf', ''],
  ['/api/annual-report/reports/%61bc123/pdf', 'x=5'],
])('%s?%s is the same entry as …/abc123/pdf', (path, querystring) => {
  expect(canonical).not.toBeNull();
  expect(get(path, querystring)).toBe(canonical);
});

it('keeps apart what answers differently: the documentId as sent, each output', () => {
  expect(get('/api/annual-report/reports/ABC123/pdf')).not.toBe(canonical);
  expect(get('/api/annual-report/reports/abc123/docx')).not.toBe(canonical);
  expect(get('/api/annual-report/reports/abc123/DOCX')).toBe(
    get('/api/annual-report/reports/abc123/docx'),
  );
  expect(get('/api/annual-report/reports/abc123/Tables.CSV', 'x=1')).toBe(
    get('/api/annual-report/reports/abc123/tables.csv'),
  );
});

it('a malformed escape in the documentId is not cached', () => {
  expect(get('/api/annual-report/reports/%E0%A4%A/pdf')).toBeNull();
});

it('a public path is recognised whatever its case', () => {
  expect(get('/API/REPORTS', 'a=1')).not.toBeNull();
});

it('a GraphQL query longer than the token limit is not parsed for a key (Apollo refuses it)', () => {
  const query = `{ ${'reports { title } '.repeat(1000)}}`;
  expect(
    cacheKey(
      { method: 'POST', path: '/graphql', querystring: '', headers: {}, body: { query } },
      options,
    ),
  ).toBeNull();
});

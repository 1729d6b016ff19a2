import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createFullAccessToken } from '../../helpers/api-token';
import { signInAdmin } from '../../helpers/admin-session';

/**
 * Hostile or careless input gets a 400 naming the field, never a 500, and never holds the server:
 * deeply nested JSON, text PostgreSQL cannot store, absurd years, reports far larger than any real one.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;
let adminToken: string;

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await createFullAccessToken(app.strapi);
  adminToken = await signInAdmin(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const valid = { title: '测试区2021年政府信息公开工作年度报告', year: 2021, format: 'cn-2021' };

const post = (data: unknown) =>
  request(server)
    .post('/api/reports?status=draft')
    .set('Authorization', `Bearer ${token}`)
    .send({ data });

/** JSON text nested `levels` deep; JSON.stringify itself would overflow the test's stack. */
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** A JSON body with raw JSON text spliced in at `field`. */
const withRaw = (data: Record<string, unknown>, field: string, raw: string) =>
  JSON.stringify({ ...data, [field]: '@RAW@' }).replace('"@RAW@"', raw);

const postRaw = (url: string, body: string, auth: string) =>
  request(server)
    .post(url)
    .set('Authorization', `Bearer ${auth}`)
    .set('Content-Type', 'application/json')
    .send(body);

const expect400Naming = (res: request.Response, field: string) => {
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(JSON.stringify(res.body.error)).toContain(field);
};

describe('deeply nested JSON', () => {
  const deep = nested(10_000);

  it.each([
    ['cells', 'tables', `[{"key":"applications","cells":${deep}}]`],
    ['source', 'source', deep],
    ['preface', 'preface', `[${deep}]`],
  ])('10,000 levels in %s: 400', async (field, key, raw) => {
    const body = `{"data":${withRaw(valid, key, raw)}}`;
    expect400Naming(await postRaw('/api/reports?status=draft', body, token), field);
  });

  it('through the Content Manager too', async () => {
    const url = '/content-manager/collection-types/api::report.report';
    expect400Naming(await postRaw(url, withRaw(valid, 'source', deep), adminToken), 'source');
  });

  it('as a GraphQL variable', async () => {
    const query = 'mutation($data: ReportInput!) { createReport(data: $data) { documentId } }';
    const body = `{"query":${JSON.stringify(query)},"variables":{"data":${withRaw(valid, 'source', deep)}}}`;
    const res = await postRaw('/graphql', body, token);
    expect400Naming(res, 'source');
  });
});

describe('text and numbers PostgreSQL cannot store', () => {
  it.each([
    ['title', { ...valid, title: '报告\u0000标题' }],
    ['title', { ...valid, title: '报告\ud800标题' }],
    ['heading', { ...valid, sections: [{ key: 'overview', heading: '总体\udc00情况' }] }],
    ['year', { ...valid, year: 3_000_000_000 }],
    ['year', { ...valid, year: 1e308 }],
    ['year', { ...valid, year: -2021 }],
  ])('%s: 400', async (field, data) => {
    expect400Naming(await post(data), field);
  });

  it('an agency name with a NUL, in a GraphQL literal: a user error naming the field', async () => {
    const res = await request(server)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query:
          'mutation { createAgency(data: { name: "测试\\u0000局", level: county }) { documentId } }',
      });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toContain('name');
  });

  it('a NUL in a filter: 400, REST and GraphQL', async () => {
    expect400Naming(await request(server).get('/api/reports?filters[title][$eq]=%00'), 'filters');
    const res = await request(server)
      .post('/graphql')
      .send({ query: '{ reports(filters: { title: { eq: "\\u0000" } }) { documentId } }' });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('a report larger than any real one', () => {
  const sections = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ key: `part-${i}`, heading: `第${i}部分` }));

  it('5,000 sections: 400 at once, and other requests are served meanwhile', async () => {
    const [res, other] = await Promise.all([
      post({ ...valid, sections: sections(5000) }),
      request(server).get('/api/reports'),
    ]);
    expect400Naming(res, 'sections');
    expect(other.status).toBe(200);
  });

  it('a section body over the size limit: 400 naming the body', async () => {
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: '字'.repeat(250_000) }] }];
    expect400Naming(
      await post({ ...valid, sections: [{ key: 'overview', heading: '总体情况', body }] }),
      'sections.0.body',
    );
  });

  it('40 sections with real bodies save', async () => {
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: '内容'.repeat(500) }] }];
    const res = await post({
      ...valid,
      sections: sections(40).map((s) => ({ ...s, body })),
    });
    expect(res.status).toBe(201);
  });
});

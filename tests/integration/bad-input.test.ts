import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createFullAccessToken } from '../helpers/api-token';
import { REPORT_BODY_BYTES } from '../../src/plugins/annual-report/shared';

/** Wrong types and hostile values get a 400 naming the field, never a 500. */
let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  token = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const create = (data: Record<string, unknown>) =>
  request(app.strapi.server.httpServer)
    .post('/api/reports?status=draft')
    .set('Authorization', `Bearer ${token}`)
    .send({ data });

const valid = { title: '测试区2021年政府信息公开工作年度报告', year: 2021, format: 'cn-2021' };

it.each([
  ['year', { ...valid, year: '二〇二一' }],
  ['format', { ...valid, format: { $ne: 'x' } }],
  ['format', { ...valid, format: undefined }],
  ['title', { ...valid, title: 'x'.repeat(301) }],
  ['sections', { ...valid, sections: 'not a list' }],
  ['tables', { ...valid, tables: [{ key: 'applications', cells: 'x', title: 1 }] }],
  ['issuedOn', { ...valid, issuedOn: 'yesterday' }],
])('refuses a bad %s with a 400', async (field, data) => {
  const res = await create(data);
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body.error)).toContain(field);
});

it('keeps what the editor typed in a cell, even when it is not a number, as a finding', async () => {
  const res = await create({
    ...valid,
    tables: [{ key: 'appeals', cells: { cases: { 'review-upheld': -3, 'review-total': '十' } } }],
  }).expect(201);
  const stored = (await app.strapi.documents('api::report.report').findOne({
    documentId: res.body.data.documentId,
    populate: ['tables'],
  })) as unknown as {
    tables: Array<{ cells: Record<string, Record<string, unknown>> }>;
    checks: { findings: Array<{ rule: string; path: unknown[] }> };
  };
  expect(stored.tables[0].cells.cases).toEqual({ 'review-upheld': -3, 'review-total': '十' });
  const rules = stored.checks.findings.map((f) => `${f.rule}:${f.path.slice(3).join('.')}`);
  expect(rules).toEqual(
    expect.arrayContaining(['V3:cases.review-upheld', 'V2:cases.review-total']),
  );
});

it('refuses a body larger than a report at every limit with 413, not a crash', async () => {
  const res = await create({ ...valid, title: 'x'.repeat(REPORT_BODY_BYTES) });
  expect(res.status).toBe(413);
});

it('refuses a title of 3 MB, within the body limit, with a 400 naming it', async () => {
  const res = await create({ ...valid, title: 'x'.repeat(3 * 1024 * 1024) });
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body.error)).toContain('title');
});

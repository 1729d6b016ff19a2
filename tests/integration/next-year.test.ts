import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { clone } from '../helpers/report-builder';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';

/** "从上年报告开始": next year's draft from the agency's report, with the carried-over cells. */
let app: TestApp;
let token: string;
let documentId: string;

const [, huaian] = demoReports;
const documents = () => app.strapi.documents('api::report.report');

beforeAll(async () => {
  app = await startStrapi();
  token = await signInAdmin(app.strapi);
  const agency = await createAgency(app.strapi, huaian.agency);
  documentId = (
    await documents().create({
      data: reportInput({ ...clone(huaian.report), agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

const start = (id: string, auth = `Bearer ${token}`) =>
  request(app.strapi.server.httpServer)
    .post(`/annual-report/reports/${id}/next-year`)
    .set('Authorization', auth);

it('creates next year’s draft for the same agency, carrying 结转 into 上年结转', async () => {
  const res = await start(documentId).expect(201);
  expect(res.body.data).toMatchObject({ year: 2025, format: 'cn-2021' });
  const draft = (await documents().findOne({
    documentId: res.body.data.documentId,
    populate: { tables: true, agency: true, sections: true },
  })) as unknown as {
    year: number;
    publishedAt: string | null;
    agency: { name: string };
    sections: unknown[];
    tables: Array<{ key: string; cells: Record<string, Record<string, number | null>> }>;
    checks: { errors: number };
  };
  expect(draft.year).toBe(2025);
  expect(draft.publishedAt).toBeNull();
  expect(draft.agency.name).toBe(huaian.agency.name);
  expect(draft.sections).toHaveLength(huaian.report.sections.length);
  const applications = draft.tables.find((table) => table.key === 'applications')!;
  const lastYear = huaian.report.tables.find((table) => table.key === 'applications')!;
  expect(applications.cells['carried-over']).toEqual(lastYear.cells['carried-forward']);
  expect(applications.cells.new.total).toBeNull();
  expect(draft.checks.errors).toBeGreaterThan(0);
});

it('carries the preface’s basis, period and contact with the year advanced, not last year’s text', async () => {
  const { body } = await request(app.strapi.server.httpServer)
    .get('/annual-report/next-year/candidates')
    .set('Authorization', `Bearer ${token}`)
    .expect(200);
  // The agency's latest report is now the 2025 draft: the next one starts from it.
  expect(body.data).toEqual([expect.objectContaining({ year: 2025, agency: huaian.agency.name })]);
  const draft = (await documents().findOne({
    documentId: body.data[0].documentId,
    populate: { sections: true },
  })) as unknown as { preface: unknown; sections: Array<{ heading: string; body: unknown[] }> };
  const preface = JSON.stringify(draft.preface);
  expect(preface).toContain('统计期限自2025年1月1日至2025年12月31日');
  expect(preface).toContain('电话：0517-83605210');
  expect(preface).not.toContain('2024年');
  expect(draft.sections.map((section) => section.heading)).toEqual(
    huaian.report.sections.map((section) => section.heading),
  );
  expect(draft.sections.every((section) => section.body.length === 0)).toBe(true);
});

it('offers nothing to a role that may create only its own reports', async () => {
  const creator = await signInAdmin(app.strapi, [
    {
      action: 'plugin::content-manager.explorer.read',
      subject: 'api::report.report',
      conditions: ['admin::is-creator'],
    },
    { action: 'plugin::content-manager.explorer.create', subject: 'api::report.report' },
  ]);
  const { body } = await request(app.strapi.server.httpServer)
    .get('/annual-report/next-year/candidates')
    .set('Authorization', `Bearer ${creator}`)
    .expect(200);
  expect(body.data).toEqual([]);
});

it('refuses a second one with 409 naming the existing draft, and unknown reports with 404', async () => {
  const again = await start(documentId).expect(409);
  expect(again.body.error.details.documentId).toEqual(expect.any(String));
  await start('no-such-report').expect(404);
});

it('needs an admin session', async () => {
  await start(documentId, 'Bearer not-a-token').expect(401);
});

it('needs the right to read and create reports, not just a session', async () => {
  const reader = await signInAdmin(app.strapi, [
    { action: 'plugin::content-manager.explorer.read', subject: 'api::report.report' },
  ]);
  await start(documentId, `Bearer ${reader}`).expect(403);
});

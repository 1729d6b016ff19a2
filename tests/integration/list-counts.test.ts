import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { signInAdmin } from '../helpers/admin-session';
import { clone } from '../helpers/report-builder';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';
import { REPORT_UID } from '../../src/plugins/annual-report/shared/contracts/uids';
import {
  listedFindings,
  type CheckSummary,
} from '../../src/plugins/annual-report/shared/contracts/checks';

/**
 * The report list shows and filters the check results: every write of the stored summary keeps
 * `errorCount` and `warningCount` beside it, counted as the panel lists the findings; the content
 * API never shows them.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;
let clean: string;
let failing: string;
const [, huaian] = demoReports;
const LIST = `/content-manager/collection-types/${REPORT_UID}`;

const row = async (documentId: string) =>
  (await app.strapi.db.query(REPORT_UID).findOne({
    where: { documentId, publishedAt: null },
    select: ['checks', 'errorCount', 'warningCount'],
  })) as { checks: CheckSummary; errorCount: number; warningCount: number };

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await signInAdmin(app.strapi);
  const agency = await createAgency(app.strapi, huaian.agency);
  const documents = app.strapi.documents(REPORT_UID);
  clean = (
    await documents.create({
      data: reportInput({ ...clone(huaian.report), agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
  // Table 四 emptied: fifteen blank cells, one error as the panel lists it.
  const tables = clone(huaian.report.tables);
  delete tables[tables.findIndex((t) => t.key === 'appeals')].cells.cases;
  failing = (
    await documents.create({
      data: reportInput({
        ...clone(huaian.report),
        year: huaian.report.year + 1,
        agency: agency.documentId,
        tables,
      }),
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

it('stores the counts of the summary, a table’s blank cells as one error', async () => {
  const stored = await row(failing);
  const listed = listedFindings(stored.checks.findings);
  expect(stored.checks.findings.length).toBeGreaterThan(listed.length);
  expect(stored.errorCount).toBe(listed.filter((f) => f.severity === 'error').length);
  expect(stored.errorCount).toBe(stored.checks.errors);
  expect(stored.warningCount).toBe(stored.checks.warnings);
  expect(stored.errorCount).toBeGreaterThan(0);
  expect((await row(clean)).errorCount).toBe(0);
});

it('the list filters and sorts by the counts', async () => {
  const list = (query: string) =>
    request(server).get(`${LIST}?${query}`).set('Authorization', `Bearer ${token}`).expect(200);
  const failingOnly = await list('filters[$and][0][errorCount][$gt]=0');
  expect(failingOnly.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([
    failing,
  ]);
  const sorted = await list('sort=errorCount:DESC');
  expect(sorted.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([
    failing,
    clean,
  ]);
});

it('a count sent with a save is the server’s, not the sender’s', async () => {
  const before = await row(failing);
  await request(server)
    .put(`${LIST}/${failing}`)
    .set('Authorization', `Bearer ${token}`)
    .send({ title: '改过的标题', errorCount: 0, warningCount: 99, revision: 1 })
    .expect(200);
  const after = await row(failing);
  expect(after.errorCount).toBe(before.errorCount);
  expect(after.warningCount).toBe(after.checks.warnings);
});

it('recomputed summaries bring their counts', async () => {
  await app.strapi.db
    .query(REPORT_UID)
    .updateMany({ where: { documentId: failing }, data: { errorCount: 0 } });
  await app.strapi.plugin('annual-report').service('checks-refresh').refreshAll();
  expect((await row(failing)).errorCount).toBe((await row(failing)).checks.errors);
  expect((await row(failing)).errorCount).toBeGreaterThan(0);
});

it('the content API neither shows nor filters them', async () => {
  const res = await request(server).get('/api/reports').expect(200);
  expect(res.body.data).toHaveLength(1);
  expect(res.body.data[0]).not.toHaveProperty('errorCount');
  expect(res.body.data[0]).not.toHaveProperty('warningCount');
  const filtered = await request(server).get('/api/reports?filters[errorCount][$gt]=0');
  expect(filtered.status).toBe(400);
  expect(JSON.stringify(filtered.body)).toMatch(/errorCount/);
});

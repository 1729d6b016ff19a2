import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';
import { REPORT_UID } from '../../src/plugins/annual-report/shared/contracts/uids';
import type { AuditEntry } from '../../src/plugins/annual-report/shared/contracts/audit';

/**
 * The audit log records publications, unpublications, deletions, roles and users with who and
 * when, whatever the path; only super admins read it, as JSON or CSV.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let superAdmin: string;
let editor: string;
let documentId: string;
const [, huaian] = demoReports;
const as = (token: string) => ({
  get: (path: string) => request(server).get(path).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object = {}) =>
    request(server).post(path).set('Authorization', `Bearer ${token}`).send(body),
});
const entries = async (query = ''): Promise<AuditEntry[]> =>
  (await as(superAdmin).get(`/annual-report/audit${query}`).expect(200)).body.data;

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  superAdmin = await signInAdmin(app.strapi);
  editor = await signInAdmin(app.strapi, [
    { action: 'plugin::content-manager.explorer.read', subject: REPORT_UID },
    { action: 'plugin::content-manager.explorer.publish', subject: REPORT_UID },
  ]);
  const agency = await createAgency(app.strapi, huaian.agency);
  documentId = (
    await app.strapi.documents(REPORT_UID).create({
      data: reportInput({ ...huaian.report, agency: agency.documentId }),
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

it('records a publication and an unpublication through the Content Manager with who did it', async () => {
  const base = `/content-manager/collection-types/${REPORT_UID}/${documentId}/actions`;
  await as(editor).post(`${base}/publish`).expect(200);
  await as(superAdmin).post(`${base}/unpublish`).expect(200);
  const [unpublished, published] = await entries();
  expect(published).toMatchObject({
    action: 'report.publish',
    documentId,
    title: huaian.report.title,
    actor: 'Editor Test',
  });
  expect(unpublished).toMatchObject({ action: 'report.unpublish', documentId });
  expect(Date.parse(unpublished.at)).toBeGreaterThanOrEqual(Date.parse(published.at));
});

it('records a deletion by a script as the system, and role and user changes without secrets', async () => {
  await app.strapi.documents(REPORT_UID).delete({ documentId });
  const [deleted] = await entries('?action=report.delete');
  expect(deleted).toMatchObject({ documentId, actor: '系统', title: huaian.report.title });
  await signInAdmin(app.strapi, []); // a role and a user created
  const actions = (await entries()).map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(['role.create', 'user.create']));
  expect(JSON.stringify(await entries())).not.toMatch(/Editor-password|\$2[aby]\$/);
});

it('is for super admins only, as JSON pages or CSV; a bad filter is a 400 naming it', async () => {
  await as(editor).get('/annual-report/audit').expect(403);
  await as(editor).get('/annual-report/audit.csv').expect(403);
  const page = await as(superAdmin).get('/annual-report/audit?pageSize=1').expect(200);
  expect(page.body.data).toHaveLength(1);
  expect(page.body.meta.pagination.total).toBeGreaterThan(3);
  const csv = await as(superAdmin)
    .get('/annual-report/audit.csv?action=report.publish')
    .expect(200);
  expect(csv.headers['content-type']).toMatch(/^text\/csv/);
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  expect(lines[0]).toBe('时间,操作,对象,文档,标题,操作人,详情');
  expect(lines.slice(1)).toHaveLength(1);
  expect(lines[1]).toContain('report.publish');
  const bad = await as(superAdmin).get('/annual-report/audit?action=drop').expect(400);
  expect(JSON.stringify(bad.body.error.details)).toContain('action');
});

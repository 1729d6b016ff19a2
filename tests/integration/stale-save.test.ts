import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';
import { REPORT_UID } from '../../src/plugins/annual-report/shared/contracts/uids';

/**
 * Two people editing one report: the later save made from an older revision is refused with who
 * saved and when, and the earlier save is kept; writes the server makes beside the content (the
 * stored checks, a publication) do not move the revision.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let first: string;
let second: string;
let documentId: string;
const [, huaian] = demoReports;
const path = () => `/content-manager/collection-types/${REPORT_UID}/${documentId}`;

const open = async (token: string) =>
  (await request(server).get(path()).set('Authorization', `Bearer ${token}`).expect(200)).body
    .data as { title: string; revision: number };

const save = (token: string, data: object) =>
  request(server).put(path()).set('Authorization', `Bearer ${token}`).send(data);

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  first = await signInAdmin(app.strapi);
  second = await signInAdmin(app.strapi);
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

it('a new report starts at revision 1 and every content save moves it', async () => {
  const opened = await open(first);
  expect(opened.revision).toBe(1);
  const saved = await save(first, { ...opened, title: `${opened.title}（一）` }).expect(200);
  expect(saved.body.data.revision).toBe(2);
});

it('a save from an older revision is refused with who saved and when; the other save is kept', async () => {
  const mine = await open(first);
  const theirs = await open(second);
  await save(second, { ...theirs, title: '第二位编辑的标题' }).expect(200);
  const refused = await save(first, { ...mine, title: '第一位编辑的标题' }).expect(409);
  expect(refused.body.error.name).toBe('ConflictError');
  expect(refused.body.error.message).toMatch(/saved by Editor Test at \d{4}-\d\d-\d\dT/);
  expect(refused.body.error.details).toMatchObject({
    field: 'revision',
    sent: mine.revision,
    stored: mine.revision + 1,
  });
  expect((await open(first)).title).toBe('第二位编辑的标题');
});

it('a wrong type is a 400 naming the field; a write without a revision is last-write-wins', async () => {
  const current = await open(first);
  const bad = await save(first, { ...current, revision: 'x' }).expect(400);
  expect(JSON.stringify(bad.body.error.details)).toContain('revision');
  const { revision: _ignored, ...withoutRevision } = current;
  const saved = await save(first, { ...withoutRevision, title: '脚本写入' }).expect(200);
  expect(saved.body.data.revision).toBe(current.revision + 1);
});

it('publishing and the stored checks do not move the revision', async () => {
  await save(first, { ...(await open(first)), title: huaian.report.title }).expect(200);
  const before = await open(first);
  await app.strapi.documents(REPORT_UID).publish({ documentId });
  await app.strapi.plugin('annual-report').service('checks-refresh').refreshAll();
  expect((await open(first)).revision).toBe(before.revision);
});

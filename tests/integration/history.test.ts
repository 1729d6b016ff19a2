import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';
import { REPORT_UID } from '../../src/plugins/annual-report/shared/contracts/uids';
import type {
  ReportVersion,
  ReportVersionSummary,
  VersionDiff,
} from '../../src/plugins/annual-report/shared/contracts/history';

/**
 * Every content save kept as a version, with who and when; a version's difference to the draft by
 * cell and sentence; restore replaces the draft (a new version) and leaves the published version.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let admin: string;
let reader: string;
let documentId: string;
const [, huaian] = demoReports;
const appliedIndex = huaian.report.tables.findIndex((t) => t.key === 'applications');
const cm = () => `/content-manager/collection-types/${REPORT_UID}/${documentId}`;
const as = (token: string) => ({
  get: (path: string) => request(server).get(path).set('Authorization', `Bearer ${token}`),
  post: (path: string) => request(server).post(path).set('Authorization', `Bearer ${token}`),
  // As the Content Manager sends a form: without the document's computed status.
  put: (path: string, { status: _status, ...body }: Record<string, unknown>) =>
    request(server).put(path).set('Authorization', `Bearer ${token}`).send(body),
});
const versions = async (): Promise<ReportVersionSummary[]> =>
  (await as(admin).get(`/annual-report/reports/${documentId}/versions`).expect(200)).body.data;

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  admin = await signInAdmin(app.strapi);
  reader = await signInAdmin(app.strapi, [
    { action: 'plugin::content-manager.explorer.read', subject: REPORT_UID },
  ]);
  const agency = await createAgency(app.strapi, huaian.agency);
  documentId = (
    await app.strapi.documents(REPORT_UID).create({
      data: reportInput({ ...huaian.report, agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

it('keeps each content save with its revision, who and when; checks and publication add none', async () => {
  const created = await versions();
  expect(created).toHaveLength(1);
  const draft = (await as(admin).get(cm()).expect(200)).body.data;
  const tables = structuredClone(draft.tables) as Array<{
    cells: Record<string, Record<string, number | null>>;
  }>;
  tables[appliedIndex].cells['carried-forward'].total = 999;
  await as(admin)
    .put(cm(), { ...draft, tables })
    .expect(200);
  await app.strapi.plugin('annual-report').service('checks-refresh').refreshAll();
  const after = await versions();
  expect(after).toHaveLength(2);
  expect(after[0]).toMatchObject({ revision: after[1].revision + 1, savedBy: 'Editor Test' });
  expect(Date.parse(after[0].savedAt)).toBeGreaterThanOrEqual(Date.parse(after[1].savedAt));
});

it('a version shows what changed from it to the draft, by cell', async () => {
  const [, first] = await versions();
  const res = await as(admin)
    .get(`/annual-report/reports/${documentId}/versions/${first.id}`)
    .expect(200);
  const { data, meta } = res.body as { data: ReportVersion; meta: { diffToDraft: VersionDiff } };
  expect(data.content.tables[appliedIndex].cells['carried-forward'].total).toBe(
    huaian.report.tables[appliedIndex].cells['carried-forward'].total,
  );
  expect(meta.diffToDraft.cells).toEqual([
    expect.objectContaining({
      table: 'applications',
      row: 'carried-forward',
      column: 'total',
      after: 999,
    }),
  ]);
});

it('restore needs the right to update; it replaces the draft, records a version, leaves the published one', async () => {
  const [, first] = await versions();
  const path = `/annual-report/reports/${documentId}/versions/${first.id}/restore`;
  await as(reader).post(path).expect(403);
  const restored = (await as(admin).post(path).expect(200)).body.data as ReportVersionSummary;
  expect(restored.restoredFrom).toBe(first.id);
  const draft = (await as(admin).get(cm()).expect(200)).body.data;
  expect(draft.tables[appliedIndex].cells['carried-forward'].total).toBe(
    huaian.report.tables[appliedIndex].cells['carried-forward'].total,
  );
  const published = await app.strapi.documents(REPORT_UID).findOne({
    documentId,
    status: 'published',
    populate: { tables: true },
  });
  expect(published?.tables?.[appliedIndex]).toBeDefined();
  expect((await versions())[0].id).toBe(restored.id);
  await as(admin).post(`/annual-report/reports/${documentId}/versions/abc/restore`).expect(404);
});

it('keeps the newest history.keep versions of a report', async () => {
  app.strapi.config.set('plugin::annual-report.history.keep', 2);
  try {
    const draft = (await as(admin).get(cm()).expect(200)).body.data;
    const saved = await as(admin).put(cm(), { ...draft, issuedOn: '2025-02-26' });
    expect({ status: saved.status, error: saved.body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    expect(await versions()).toHaveLength(2);
  } finally {
    app.strapi.config.set('plugin::annual-report.history.keep', 100);
  }
});

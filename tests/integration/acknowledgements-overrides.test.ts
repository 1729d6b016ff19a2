import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { clone } from '../helpers/report-builder';
import { reportInput, tablesInput } from '../../src/api/report/document-input';
import {
  findingFingerprint,
  type CheckSummary,
  type Finding,
} from '../../src/plugins/annual-report/shared/contracts/checks';

/**
 * 已核实 and audited overrides: a warning is acknowledged with a note, stored apart from the report
 * and counted apart, re-opening when its figure changes; an error is never acknowledged; only a
 * holder of plugin::annual-report.override-check publishes over errors, once, with a reason, and
 * the record is listed.
 */

let app: TestApp;
let server: Parameters<typeof request>[0];
let superAdmin: string;
let editor: string;
let reader: string;
let documentId: string;
const UID = 'api::report.report';
const [, huaian] = demoReports;
const appealsIndex = huaian.report.tables.findIndex((t) => t.key === 'appeals');

/** 行政复议 结果维持 73: T4-1 fails (an error) and the prose's 其中结果维持72件 disagrees (a warning). */
const brokenReport = (upheld = 73) => {
  const tables = clone(huaian.report.tables);
  tables[appealsIndex].cells.cases['review-upheld'] = upheld;
  return { ...clone(huaian.report), tables };
};

const cm = (action: string) => ({
  action: `plugin::content-manager.explorer.${action}`,
  subject: UID,
});

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  superAdmin = await signInAdmin(app.strapi);
  editor = await signInAdmin(app.strapi, ['read', 'create', 'update', 'publish'].map(cm));
  reader = await signInAdmin(app.strapi, [cm('read')]);
  const agency = await createAgency(app.strapi, huaian.agency);
  const reports = app.strapi.documents(UID);
  documentId = (
    await reports.create({
      data: reportInput({ ...huaian.report, agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
  await reports.update({ documentId, data: { tables: tablesInput(brokenReport().tables) } });
});

afterAll(async () => {
  await app?.stop();
});

const as = (token: string) => ({
  get: (path: string) => request(server).get(path).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object) =>
    request(server).post(path).set('Authorization', `Bearer ${token}`).send(body),
});

const checksOf = async (report: object): Promise<CheckSummary> =>
  (await as(superAdmin).post('/annual-report/checks', { report, documentId }).expect(200)).body
    .data;

const storedDraftChecks = async (): Promise<CheckSummary> =>
  (
    await app.strapi.db
      .query(UID)
      .findOne({ where: { documentId, publishedAt: null }, select: ['checks'] })
  ).checks;

describe('acknowledging a warning (已核实)', () => {
  let warning: Finding;
  let error: Finding;

  beforeAll(async () => {
    const summary = await checksOf(brokenReport());
    warning = summary.findings.find((f) => f.rule === 'N1' && f.severity === 'warning')!;
    error = summary.findings.find((f) => f.rule === 'T4-1')!;
    expect(warning).toBeDefined();
    expect(error.severity).toBe('error');
  });

  const acknowledge = (token: string, body: Record<string, unknown>) =>
    as(token).post(`/annual-report/reports/${documentId}/acknowledgements`, {
      report: brokenReport(),
      ...body,
    });

  it('refuses an error, a missing note and an unknown finding, naming the field', async () => {
    const refused = await acknowledge(superAdmin, {
      fingerprint: findingFingerprint(error),
      note: '已核实',
    }).expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['fingerprint']);
    const noNote = await acknowledge(superAdmin, {
      fingerprint: findingFingerprint(warning),
      note: '  ',
    }).expect(400);
    expect(noNote.body.error.details.errors[0].path).toEqual(['note']);
    await acknowledge(superAdmin, { fingerprint: '0123456789abcdef', note: 'x' }).expect(400);
  });

  it('needs the right to update reports; reading them is not enough', async () => {
    await acknowledge(reader, { fingerprint: findingFingerprint(warning), note: 'x' }).expect(403);
    await request(server)
      .post(`/annual-report/reports/${documentId}/acknowledgements`)
      .send({ report: brokenReport(), fingerprint: findingFingerprint(warning), note: 'x' })
      .expect(401);
  });

  it('stamps who and when on the server, and counts the warning apart everywhere', async () => {
    const res = await acknowledge(editor, {
      fingerprint: findingFingerprint(warning),
      note: '复议决定书原件核对无误',
      acknowledgedBy: 'someone else',
    }).expect(200);
    expect(res.body.data).toMatchObject({
      rule: 'N1',
      note: '复议决定书原件核对无误',
      acknowledgedBy: 'Editor Test',
      fingerprint: findingFingerprint(warning),
    });
    const listed = await as(reader).get(`/annual-report/reports/${documentId}/acknowledgements`);
    expect(listed.body.data).toHaveLength(1);

    const stored = await storedDraftChecks();
    expect(stored).toMatchObject({ errors: 1, warnings: 0, acknowledged: 1 });
    const live = await checksOf(brokenReport());
    expect(live).toMatchObject({ warnings: 0, acknowledged: 1 });
    expect(live.findings.find((f) => f.rule === 'N1')).toMatchObject({ acknowledged: true });
    const admin = await as(reader).get(`/annual-report/reports/${documentId}/checks`).expect(200);
    expect(admin.body.data).toMatchObject({ warnings: 0, acknowledged: 1 });
  });

  it('re-opens by itself when the figure changes', async () => {
    const changed = await checksOf(brokenReport(74));
    const n1 = changed.findings.find((f) => f.rule === 'N1')!;
    expect(n1.severity).toBe('warning');
    expect(n1.acknowledged).toBeUndefined();
    expect(changed).toMatchObject({ warnings: 1, acknowledged: 0 });
  });
});

describe('publishing over errors (audited override)', () => {
  const errorFingerprints = async () =>
    (await checksOf(brokenReport())).findings
      .filter((f) => f.severity === 'error')
      .map(findingFingerprint);

  it('is refused to an editor without the action, by the override route and by publishing', async () => {
    const body = { fingerprints: await errorFingerprints(), reason: '截止日期前必须公开' };
    await as(editor)
      .post(`/annual-report/reports/${documentId}/override-publish`, body)
      .expect(403);
    await as(reader)
      .post(`/annual-report/reports/${documentId}/override-publish`, body)
      .expect(403);
    await request(server)
      .post(`/annual-report/reports/${documentId}/override-publish`)
      .send(body)
      .expect(401);
    await as(editor)
      .post(`/content-manager/collection-types/${UID}/${documentId}/actions/publish`, {})
      .expect(400);
    expect(
      await as(superAdmin)
        .get('/annual-report/overrides')
        .then((r) => r.body.data),
    ).toEqual([]);
  });

  it('needs every error named and a reason', async () => {
    const fingerprints = await errorFingerprints();
    const short = await as(superAdmin)
      .post(`/annual-report/reports/${documentId}/override-publish`, { fingerprints, reason: '急' })
      .expect(400);
    expect(short.body.error.details.errors[0].path).toEqual(['reason']);
    const unnamed = await as(superAdmin)
      .post(`/annual-report/reports/${documentId}/override-publish`, {
        fingerprints: [],
        reason: '截止日期前必须公开',
      })
      .expect(400);
    expect(unnamed.body.error.details.errors[0].path).toEqual(['fingerprints']);
  });

  it('publishes for the super admin, records it, and lifts the errors this once only', async () => {
    const res = await as(superAdmin)
      .post(`/annual-report/reports/${documentId}/override-publish`, {
        fingerprints: await errorFingerprints(),
        reason: '复议数据以复议机关通报为准，截止日期前先行公开',
      })
      .expect(200);
    expect(res.body.data).toMatchObject({
      reportDocumentId: documentId,
      reason: '复议数据以复议机关通报为准，截止日期前先行公开',
      overriddenBy: 'Editor Test',
      findings: [expect.objectContaining({ rule: 'T4-1' })],
    });
    const published = await app.strapi
      .documents(UID)
      .findOne({ documentId, status: 'published', populate: { tables: true } });
    expect(published?.tables?.[appealsIndex]?.cells).toMatchObject({
      cases: { 'review-upheld': 73 },
    });

    const forReport = await as(reader).get(`/annual-report/overrides?documentId=${documentId}`);
    expect(forReport.body.data).toHaveLength(1);
    const all = await as(reader).get('/annual-report/overrides').expect(200);
    expect(all.body.data.map((o: { id: number }) => o.id)).toEqual([res.body.data.id]);

    // The authorisation was spent: publishing the same draft again is refused.
    await as(superAdmin)
      .post(`/content-manager/collection-types/${UID}/${documentId}/actions/publish`, {})
      .expect(400);
    await expect(app.strapi.documents(UID).publish({ documentId })).rejects.toThrow(
      /发布被拒绝|refused/,
    );
  });

  it('answers a malformed or unknown id with a 404 (a 400 as a filter), never a 500', async () => {
    // A NUL in the path is refused by the input guard before any route.
    for (const [id, status] of [
      ['%00', 400],
      ['nope', 404],
      ['a'.repeat(300), 404],
    ] as const) {
      await as(reader).get(`/annual-report/reports/${id}/acknowledgements`).expect(status);
      await as(superAdmin)
        .post(`/annual-report/reports/${id}/override-publish`, {
          fingerprints: [],
          reason: '截止日期前必须公开',
        })
        .expect(status);
    }
    // As a filter: a malformed id is a bad request, a well-formed unknown one finds nothing.
    for (const id of ['%00', 'a'.repeat(300)]) {
      await as(reader).get(`/annual-report/overrides?documentId=${id}`).expect(400);
    }
    const none = await as(reader).get('/annual-report/overrides?documentId=nope').expect(200);
    expect(none.body.data).toEqual([]);
  });

  it('public checks say a warning was acknowledged, never who or why', async () => {
    const res = await request(server)
      .get(`/api/annual-report/reports/${documentId}/checks`)
      .expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('复议决定书原件核对无误');
    expect(text).not.toContain('Editor Test');
    expect(res.body.data).toMatchObject({ acknowledged: 1, warnings: 0 });
  });
});

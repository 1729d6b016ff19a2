import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { clone } from '../helpers/report-builder';
import { demoReports } from '../../src/demo';
import { RULES_VERSION } from '../../src/plugins/annual-report/shared/contracts/checks';
import { reportInput, tablesInput } from '../../src/api/report/document-input';

/**
 * New rules make every stored summary stale: on boot the plugin recomputes them all, drafts and
 * published versions, and the public snapshot follows, so no list or read shows old counts.
 */
let app: TestApp;
let documentId: string;
const [, huaian] = demoReports;
const UID = 'api::report.report';
const STALE = { errors: 99, warnings: 0, rulesVersion: '0', checkedAt: '2020-01-01', findings: [] };

beforeAll(async () => {
  app = await startStrapi();
  const agency = await createAgency(app.strapi, huaian.agency);
  documentId = (
    await app.strapi.documents(UID).create({
      data: reportInput({ ...clone(huaian.report), agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
  // The draft now differs from the published version: one more error.
  const tables = clone(huaian.report.tables);
  tables[tables.findIndex((t) => t.key === 'appeals')].cells.cases['review-total'] = 0;
  await app.strapi.documents(UID).update({ documentId, data: { tables: tablesInput(tables) } });
});

afterAll(async () => {
  await app?.stop();
});

const refresh = () => app.strapi.plugin('annual-report').service('checks-refresh');
const stored = async (published: boolean) =>
  (
    await app.strapi.db.query(UID).findOne({
      where: { documentId, publishedAt: published ? { $notNull: true } : null },
      select: ['checks'],
    })
  ).checks;

it('the summaries of a new installation are current', async () => {
  expect(await refresh().isStale()).toBe(false);
});

it('summaries of older rules are recomputed, draft and published, with the snapshot', async () => {
  const draftBefore = await stored(false);
  await app.strapi.db.query(UID).updateMany({ where: { documentId }, data: { checks: STALE } });
  await app.strapi
    .store({ type: 'plugin', name: 'annual-report' })
    .set({ key: 'rulesVersion', value: '0' });
  expect(await refresh().isStale()).toBe(true);

  expect(await refresh().refreshAll()).toBe(2);

  const draft = await stored(false);
  const published = await stored(true);
  expect(draft.rulesVersion).toBe(RULES_VERSION);
  expect(draft.errors).toBe(draftBefore.errors);
  expect(draft.errors).toBeGreaterThan(0);
  expect(published.errors).toBe(0);
  const read = await request(app.strapi.server.httpServer)
    .get(`/api/reports/${documentId}`)
    .expect(200);
  expect(read.body.data.checks.rulesVersion).toBe(RULES_VERSION);
  expect(read.body.data.checks.errors).toBe(0);
  expect(await refresh().isStale()).toBe(false);
});

it('recomputes once when several start at the same time (instances booting together)', async () => {
  await app.strapi.db.query(UID).updateMany({ where: { documentId }, data: { checks: STALE } });
  await app.strapi
    .store({ type: 'plugin', name: 'annual-report' })
    .set({ key: 'rulesVersion', value: '0' });
  const done = await Promise.all([refresh().refreshIfStale(), refresh().refreshIfStale()]);
  expect(done.sort()).toEqual([0, 2]);
  expect((await stored(true)).rulesVersion).toBe(RULES_VERSION);
  expect(await refresh().isStale()).toBe(false);
});

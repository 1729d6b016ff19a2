import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { createFullAccessToken } from '../../helpers/api-token';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { reportInput, tablesInput } from '../../../src/api/report/document-input';

/**
 * Editors save a report's draft, valid and invalid in turn, while API clients publish it through
 * REST PUT and GraphQL. On PostgreSQL (several connections) the check once read one draft and the
 * publication copied another: 159 invalid versions went public in 30 s. Every published version
 * must pass the engine, and the stored summary must match the stored draft.
 */
const RUN_MS = 8_000;

let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;
let documentId: string;

const [, huaian] = demoReports;
const appealsIndex = huaian.report.tables.findIndex((t) => t.key === 'appeals');
const validTables = clone(huaian.report.tables);
const invalidTables = clone(huaian.report.tables);
invalidTables[appealsIndex].cells.cases['review-total'] = 0;

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await createFullAccessToken(app.strapi);
  const agency = await createAgency(app.strapi, huaian.agency);
  documentId = (
    await app.strapi.documents('api::report.report').create({
      data: reportInput({ ...clone(huaian.report), agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

const load = async (status: 'draft' | 'published') =>
  (await app.strapi.documents('api::report.report').findOne({
    documentId,
    status,
    populate: ['tables', 'sections', 'agency'],
  })) as unknown as ReportData & { checks: { findings: Array<{ rule: string; path: [] }> } };

const errorsOf = (report: ReportData) =>
  validate(report, cn2021)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}:${f.path.join('.')}`);

it(`no invalid version is published while drafts are saved concurrently (${RUN_MS / 1000} s)`, async () => {
  const until = Date.now() + RUN_MS;
  const invalidPublished: string[][] = [];
  let publications = 0;

  const saver = async (offset: number) => {
    for (let i = offset; Date.now() < until; i += 1) {
      await app.strapi.documents('api::report.report').update({
        documentId,
        // Two valid saves to one invalid: publications succeed often enough to race with the
        // invalid saves (one run of five on a loaded machine published nothing in 8 s at 1:1).
        data: { tables: tablesInput(i % 3 === 2 ? invalidTables : validTables) },
      });
      // Let HTTP requests in between: SQLite calls are synchronous and would starve the loop.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  const publisher = async (via: 'rest' | 'graphql') => {
    for (let i = 0; Date.now() < until; i += 1) {
      const title = `淮安市人民政府2024年政府信息公开工作年度报告（第${i}稿）`;
      const res =
        via === 'rest'
          ? await request(server)
              .put(`/api/reports/${documentId}`)
              .set('Authorization', `Bearer ${token}`)
              .send({ data: { title } })
          : await request(server)
              .post('/graphql')
              .set('Authorization', `Bearer ${token}`)
              .send({
                query: `mutation($id: ID!, $title: String) {
                  updateReport(documentId: $id, data: { title: $title }, status: PUBLISHED) { documentId }
                }`,
                variables: { id: documentId, title },
              });
      expect(res.status).toBeLessThan(500);
      if (res.status === 200 && !res.body.errors) publications += 1;
      const errors = errorsOf(await load('published'));
      if (errors.length > 0) invalidPublished.push(errors);
    }
  };

  await Promise.all([saver(0), saver(1), publisher('rest'), publisher('graphql')]);

  expect(publications).toBeGreaterThan(0);
  expect(invalidPublished).toEqual([]);
  const draft = await load('draft');
  expect(draft.checks.findings.map((f) => `${f.rule}:${f.path.join('.')}`)).toEqual(
    validate(draft, cn2021).map((f) => `${f.rule}:${f.path.join('.')}`),
  );
});

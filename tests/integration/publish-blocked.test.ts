import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { createFullAccessToken } from '../helpers/api-token';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { clone } from '../helpers/report-builder';
import { reportInput, tablesInput, type PlainReport } from '../../src/api/report/document-input';

/**
 * No report with an error reaches the public, whatever the path; a draft keeps everything typed.
 * The invalid report is 淮安 2024 with its 行政复议 总计 set to 0: the sum no longer holds (T4-1)
 * and the prose "行政复议351件" no longer matches the table (N1).
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let apiToken: string;
let adminToken: string;

const [, huaian] = demoReports;
const appealsIndex = huaian.report.tables.findIndex((t) => t.key === 'appeals');

// Each report belongs to an agency of its own, so no report is another's previous year.
const newAgency = async () =>
  (
    await createAgency(app.strapi, {
      ...huaian.agency,
      name: `淮安测试${Math.random().toString(36).slice(2)}`,
    })
  ).documentId;

const invalidReport = async () => {
  const report = { ...clone(huaian.report), agency: await newAgency() };
  report.tables[appealsIndex].cells.cases['review-total'] = 0;
  return report;
};
const validReport = async () => ({ ...clone(huaian.report), agency: await newAgency() });

const expectRefusedOnAppeals = (details: { errors: Array<Record<string, unknown>> }) => {
  expect(details.errors).toEqual([
    expect.objectContaining({
      path: ['tables', appealsIndex, 'cells'],
      rule: 'T4-1',
      findingPath: ['tables', appealsIndex, 'cells', 'cases', 'review-total'],
      expected: 351,
      actual: 0,
    }),
    expect.objectContaining({
      path: ['sections', 0, 'body'],
      rule: 'N1',
      findingPath: ['sections', 0, 'body'],
    }),
  ]);
};

const documents = () => app.strapi.documents('api::report.report');

const createDraft = async (data: PlainReport) => documents().create({ data: reportInput(data) });

const catchError = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; details: { errors: Array<Record<string, unknown>> } };
  }
  throw new Error('expected a refusal');
};

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  apiToken = await createFullAccessToken(app.strapi);
  adminToken = await signInAdmin(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

describe('saving a draft', () => {
  it('always saves, and stores the check summary', async () => {
    const draft = await createDraft(await invalidReport());
    const stored = (await documents().findOne({ documentId: draft.documentId })) as unknown as {
      checks: {
        errors: number;
        rulesVersion: string;
        findings: Array<{ rule: string; path: unknown[] }>;
      };
      tables: unknown;
    };
    expect(stored.checks.errors).toBe(2);
    expect(stored.checks.rulesVersion).toEqual(expect.any(String));
    expect(stored.checks.findings).toContainEqual(
      expect.objectContaining({
        rule: 'T4-1',
        path: ['tables', appealsIndex, 'cells', 'cases', 'review-total'],
      }),
    );
  });

  it('recomputes the summary on update', async () => {
    const draft = await createDraft(await invalidReport());
    await documents().update({
      documentId: draft.documentId,
      data: { tables: tablesInput((await validReport()).tables) },
    });
    const stored = (await documents().findOne({ documentId: draft.documentId })) as unknown as {
      checks: { errors: number };
    };
    expect(stored.checks.errors).toBe(0);
  });
});

describe('publishing an invalid report is refused', () => {
  it('Document Service publish()', async () => {
    const draft = await createDraft(await invalidReport());
    const error = await catchError(documents().publish({ documentId: draft.documentId }));
    expect(error.name).toBe('ValidationError');
    expectRefusedOnAppeals(error.details);
    expect(
      await documents().findOne({ documentId: draft.documentId, status: 'published' }),
    ).toBeNull();
  });

  it('Document Service create({ status: published }) and update({ status: published })', async () => {
    const created = await catchError(
      documents().create({ data: reportInput(await invalidReport()), status: 'published' }),
    );
    expectRefusedOnAppeals(created.details);
    const draft = await createDraft(await invalidReport());
    const updated = await catchError(
      documents().update({
        documentId: draft.documentId,
        data: { title: '淮安市人民政府2024年政府信息公开工作年度报告（修订）' },
        status: 'published',
      }),
    );
    expectRefusedOnAppeals(updated.details);
  });

  it('REST POST and PUT (which publish by default)', async () => {
    const post = await request(server)
      .post('/api/reports')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: await invalidReport() })
      .expect(400);
    expectRefusedOnAppeals(post.body.error.details);

    const draft = await createDraft(await invalidReport());
    const put = await request(server)
      .put(`/api/reports/${draft.documentId}`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { title: '淮安市人民政府2024年政府信息公开工作年度报告（修订）' } })
      .expect(400);
    expectRefusedOnAppeals(put.body.error.details);
    expect(
      await documents().findOne({ documentId: draft.documentId, status: 'published' }),
    ).toBeNull();
  });

  it('GraphQL createReport and updateReport with status PUBLISHED', async () => {
    const gql = (query: string, variables: Record<string, unknown>) =>
      request(server)
        .post('/graphql')
        .set('Authorization', `Bearer ${apiToken}`)
        .send({ query, variables })
        .expect(200);
    const { documentId: _omit, ...data } = (await invalidReport()) as Record<string, unknown>;
    const created = await gql(
      'mutation($data: ReportInput!) { createReport(data: $data, status: PUBLISHED) { documentId } }',
      { data },
    );
    expect(created.body.errors[0].extensions.error.name).toBe('ValidationError');
    expectRefusedOnAppeals(created.body.errors[0].extensions.error.details);

    const draft = await createDraft(await invalidReport());
    const updated = await gql(
      'mutation($id: ID!) { updateReport(documentId: $id, data: { title: "淮安市人民政府2024年政府信息公开工作年度报告（修订）" }, status: PUBLISHED) { documentId } }',
      { id: draft.documentId },
    );
    expectRefusedOnAppeals(updated.body.errors[0].extensions.error.details);
    expect(
      await documents().findOne({ documentId: draft.documentId, status: 'published' }),
    ).toBeNull();
  });

  it('Content Manager publish and bulk publish', async () => {
    const draft = await createDraft(await invalidReport());
    const cm = '/content-manager/collection-types/api::report.report';
    const single = await request(server)
      .post(`${cm}/${draft.documentId}/actions/publish`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({})
      .expect(400);
    expectRefusedOnAppeals(single.body.error.details);

    const bulk = await request(server)
      .post(`${cm}/actions/bulkPublish`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ documentIds: [draft.documentId] })
      .expect(400);
    expectRefusedOnAppeals(bulk.body.error.details);
    expect(
      await documents().findOne({ documentId: draft.documentId, status: 'published' }),
    ).toBeNull();
  });
});

it('leaves the published version unchanged when a new invalid version is refused', async () => {
  const published = await documents().create({
    data: reportInput(await validReport()),
    status: 'published',
  });
  const { tables } = await invalidReport();
  await documents().update({
    documentId: published.documentId,
    data: { tables: tablesInput(tables) },
  });

  const refused = await request(server)
    .put(`/api/reports/${published.documentId}`)
    .set('Authorization', `Bearer ${apiToken}`)
    .send({ data: { title: '淮安市人民政府2024年政府信息公开工作年度报告（修订）' } })
    .expect(400);
  expectRefusedOnAppeals(refused.body.error.details);

  const served = await request(server).get(`/api/reports/${published.documentId}`).expect(200);
  expect(served.body.data.title).toBe(huaian.report.title);
  const appeals = served.body.data.tables.find((t: { key: string }) => t.key === 'appeals');
  expect(appeals.cells.cases['review-total']).toBe(351);
});

it('publishes a valid report by each path', async () => {
  const viaService = await createDraft(await validReport());
  await documents().publish({ documentId: viaService.documentId });
  const viaRest = await request(server)
    .post('/api/reports')
    .set('Authorization', `Bearer ${apiToken}`)
    .send({ data: await validReport() })
    .expect(201);
  expect(viaRest.body.data.publishedAt).toEqual(expect.any(String));
  const ids = [viaService.documentId, viaRest.body.data.documentId];
  const published = await documents().findMany({
    status: 'published',
    filters: { documentId: { $in: ids } },
  });
  expect(published).toHaveLength(2);
});

import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { createFullAccessToken } from '../helpers/api-token';
import { signInAdmin } from '../helpers/admin-session';
import { demoReports } from '../../src/demo';
import { clone } from '../helpers/report-builder';
import { reportInput, tablesInput } from '../../src/api/report/document-input';

let app: TestApp;
let server: Parameters<typeof request>[0];
let apiToken: string;
let adminToken: string;
let publishedId: string;
let draftId: string;

const [, huaian] = demoReports;
const appealsIndex = huaian.report.tables.findIndex((t) => t.key === 'appeals');
const brokenTables = () => {
  const tables = clone(huaian.report.tables);
  tables[appealsIndex].cells.cases['review-upheld'] = 73;
  return tables;
};

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  apiToken = await createFullAccessToken(app.strapi);
  adminToken = await signInAdmin(app.strapi);
  const agency = await createAgency(app.strapi, huaian.agency);
  const reports = app.strapi.documents('api::report.report');
  publishedId = (
    await reports.create({
      data: reportInput({ ...huaian.report, agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
  // The draft of the published report now has an error the published version does not have.
  await reports.update({ documentId: publishedId, data: { tables: tablesInput(brokenTables()) } });
  draftId = (await reports.create({ data: { title: '2021年草稿', year: 2021, format: 'cn-2021' } }))
    .documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('POST /annual-report/checks (admin, unsaved values)', () => {
  const post = (body: unknown, token: string | null = adminToken) => {
    const req = request(server).post('/annual-report/checks');
    return (token ? req.set('Authorization', `Bearer ${token}`) : req).send(body as object);
  };

  it('returns the findings of the form values with exact paths', async () => {
    const report = { ...clone(huaian.report), tables: brokenTables() };
    const res = await post({ report }).expect(200);
    // The sum of 行政复议 no longer holds, and the prose "其中结果维持72件" no longer matches: a
    // figure after 其中 is a warning under the severity policy (it was an error).
    expect(
      res.body.data.findings.filter((f: { severity: string }) => f.severity === 'error'),
    ).toEqual([
      expect.objectContaining({
        rule: 'T4-1',
        path: ['tables', appealsIndex, 'cells', 'cases', 'review-total'],
      }),
    ]);
    // Every finding cites its rule's basis.
    for (const finding of res.body.data.findings) {
      expect(finding.basis).toEqual({ 'zh-Hans': expect.any(String), en: expect.any(String) });
    }
    expect(res.body.data.findings).toContainEqual(
      expect.objectContaining({
        rule: 'N1',
        severity: 'warning',
        path: ['sections', 0, 'body'],
        expected: 73,
        actual: 72,
      }),
    );
    expect(res.body.data.findings).toContainEqual(
      expect.objectContaining({
        rule: 'T4-1',
        severity: 'error',
        path: ['tables', appealsIndex, 'cells', 'cases', 'review-total'],
        expected: 352,
        actual: 351,
      }),
    );
  });

  it('reports a typed-in non-number as a finding, not a failure', async () => {
    const report = clone(huaian.report) as unknown as {
      tables: Array<{ cells: Record<string, Record<string, unknown>> }>;
    };
    report.tables[appealsIndex].cells.cases['review-other'] = '178件';
    const res = await post({ report }).expect(200);
    expect(res.body.data.findings).toContainEqual(
      expect.objectContaining({
        rule: 'V2',
        path: ['tables', appealsIndex, 'cells', 'cases', 'review-other'],
      }),
    );
  });

  it('needs an admin session', async () => {
    await post({ report: huaian.report }, null).expect(401);
    await post({ report: huaian.report }, apiToken).expect(401);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const wrongYear = await post({ report: { ...huaian.report, year: '二〇二四' } }).expect(400);
    expect(wrongYear.body.error.message).toContain('report.year');
    expect(wrongYear.body.error.details.errors[0].path).toEqual(['report', 'year']);

    const unknownFormat = await post({ report: { ...huaian.report, format: 'cn-2099' } }).expect(
      400,
    );
    expect(unknownFormat.body.error.details.errors[0].path).toEqual(['report', 'format']);

    const badCells = await post({
      report: { ...huaian.report, tables: [{ key: 'appeals', cells: [1, 2] }] },
    }).expect(400);
    expect(badCells.body.error.message).toContain('report.tables.0.cells');

    await post({}).expect(400);
  });
});

describe('previous-year context', () => {
  it("compares 上年结转 with the same agency's previous report (T3-4), never with the report itself", async () => {
    const agency = await createAgency(app.strapi, { ...huaian.agency, name: '淮安上年测试' });
    const lastYear = await app.strapi.documents('api::report.report').create({
      data: reportInput({ ...clone(huaian.report), year: 2023, agency: agency.documentId }),
    });
    const report = { ...clone(huaian.report), agency: agency.documentId };
    const res = await request(server)
      .post('/annual-report/checks')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ report })
      .expect(200);
    const applications = huaian.report.tables.findIndex((t) => t.key === 'applications');
    // 2023's 结转下年度 (103 natural persons) is not 2024's 上年结转 (34).
    expect(res.body.data.findings).toContainEqual(
      expect.objectContaining({
        rule: 'T3-4',
        severity: 'warning',
        path: ['tables', applications, 'cells', 'carried-over', 'natural-person'],
        expected: 103,
        actual: 34,
      }),
    );

    const itself = await request(server)
      .post('/annual-report/checks')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ report: { ...report, year: 2024 }, documentId: lastYear.documentId })
      .expect(200);
    expect(itself.body.data.findings.filter((f: { rule: string }) => f.rule === 'T3-4')).toEqual(
      [],
    );
  });
});

describe('GET /api/annual-report/reports/:documentId/checks (content API)', () => {
  const get = (id: string, query = '', token?: string) => {
    const req = request(server).get(`/api/annual-report/reports/${id}/checks${query}`);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  it('gives anyone the checks of the published version', async () => {
    const res = await get(publishedId).expect(200);
    expect(res.body.data.errors).toBe(0);
    expect(res.body.data.rulesVersion).toEqual(expect.any(String));
  });

  it("gives the draft's checks to an API token only", async () => {
    await get(publishedId, '?status=draft').expect(403);
    const res = await get(publishedId, '?status=draft', apiToken).expect(200);
    expect(res.body.data).toMatchObject({ errors: 1, warnings: 1 });
  });

  it('answers 404 for a report with no published version, and 400 for a bad status', async () => {
    await get(draftId).expect(404);
    const bad = await get(publishedId, '?status=archived').expect(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['status']);
  });

  it('admin route reads the draft by default', async () => {
    const res = await request(server)
      .get(`/annual-report/reports/${publishedId}/checks`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(res.body.data).toMatchObject({ errors: 1, warnings: 1 });
  });
});

describe('GraphQL reportChecks', () => {
  const query = `query($id: ID!, $status: PublicationStatus) {
    reportChecks(documentId: $id, status: $status) {
      errors warnings rulesVersion
      findings { rule severity path message { zhHans en } basis { zhHans en } expected actual }
    } }`;
  const gql = (variables: Record<string, unknown>, token?: string) => {
    const req = request(server).post('/graphql');
    return (token ? req.set('Authorization', `Bearer ${token}`) : req)
      .send({ query, variables })
      .expect(200);
  };

  it('returns typed findings of a published report to anyone', async () => {
    const res = await gql({ id: publishedId });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.reportChecks.errors).toBe(0);
  });

  it("returns the draft's findings to an API token; anonymous callers get the published version", async () => {
    const res = await gql({ id: publishedId, status: 'DRAFT' }, apiToken);
    expect(res.body.data.reportChecks.findings).toContainEqual(
      expect.objectContaining({
        rule: 'T4-1',
        severity: 'error',
        path: ['tables', String(appealsIndex), 'cells', 'cases', 'review-total'],
        expected: 352,
        actual: 351,
        basis: { zhHans: expect.stringContaining('表四'), en: expect.any(String) },
      }),
    );
    const anonymous = await gql({ id: publishedId, status: 'DRAFT' });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data.reportChecks.errors).toBe(0);
  });
});

describe('stored verdicts after a publication', () => {
  it('the published version keeps the public verdict; the draft gets its own back', async () => {
    const reports = app.strapi.documents('api::report.report');
    const agency = await createAgency(app.strapi, { name: '另一人民政府' });
    // A national-format report without its 公开日期: a published one is asked for it (D1).
    const { documentId } = await reports.create({
      data: reportInput({ ...huaian.report, issuedOn: null, agency: agency.documentId }),
    });
    await reports.publish({ documentId });
    const stored = async (published: boolean) =>
      (
        await app.strapi.db
          .query('api::report.report')
          .findOne({ where: { documentId, publishedAt: published ? { $notNull: true } : null } })
      ).checks as { findings: Array<{ rule: string }> };
    expect((await stored(true)).findings.map((f) => f.rule)).toContain('D1');
    expect((await stored(false)).findings.map((f) => f.rule)).not.toContain('D1');
  });
});

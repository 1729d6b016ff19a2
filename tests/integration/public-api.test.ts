import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';

let app: TestApp;
let server: Parameters<typeof request>[0];
let published: { documentId: string };
let draft: { documentId: string };
let agencyId: string;

const [haizhu] = demoReports;

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  const agency = await createAgency(app.strapi, haizhu.agency);
  agencyId = agency.documentId;
  published = await app.strapi.documents('api::report.report').create({
    data: reportInput({ ...haizhu.report, agency: agencyId }),
    status: 'published',
  });
  draft = await app.strapi.documents('api::report.report').create({
    data: { title: '2019年草稿报告', year: 2019, format: 'cn-2019', agency: agencyId },
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('REST, anonymous', () => {
  it('lists published reports with sections, tables and agency, without populate', async () => {
    const res = await request(server).get('/api/reports').expect(200);
    expect(res.body.data).toHaveLength(1);
    // The draft-only report and the published one's draft row are not counted either.
    expect(res.body.meta.pagination.total).toBe(1);
    const [report] = res.body.data;
    expect(report.documentId).toBe(published.documentId);
    expect(report.agency.name).toBe(haizhu.agency.name);
    expect(report.sections.map((s: { heading: string }) => s.heading)).toEqual(
      haizhu.report.sections.map((s) => s.heading),
    );
    expect(report.tables.map((t: { key: string }) => t.key)).toEqual(
      haizhu.report.tables.map((t) => t.key),
    );
    const annex1 = report.tables.find((t: { key: string }) => t.key === 'annex-1');
    expect(annex1.cells.total.value).toBe(144);
  });

  it('returns one published report fully populated by documentId', async () => {
    const res = await request(server).get(`/api/reports/${published.documentId}`).expect(200);
    expect(res.body.data.year).toBe(2018);
    expect(res.body.data.sections[0].body.length).toBeGreaterThan(0);
    expect(res.body.data.agency.postcode).toBe(haizhu.agency.postcode);
  });

  it('never shows a draft, by list or by id, even when asked for drafts', async () => {
    await request(server).get(`/api/reports/${draft.documentId}`).expect(404);
    const asked = await request(server).get('/api/reports?status=draft').expect(200);
    expect(asked.body.data.map((r: { documentId: string }) => r.documentId)).not.toContain(
      draft.documentId,
    );
    expect(
      asked.body.data.every((r: { publishedAt: string | null }) => r.publishedAt !== null),
    ).toBe(true);
  });

  it('filters by year, format and agency', async () => {
    const byYear = await request(server).get('/api/reports?filters[year][$eq]=2018').expect(200);
    expect(byYear.body.data).toHaveLength(1);
    const otherYear = await request(server).get('/api/reports?filters[year][$eq]=2017').expect(200);
    expect(otherYear.body.data).toHaveLength(0);
    const byFormat = await request(server)
      .get('/api/reports?filters[format][$eq]=cn-2021')
      .expect(200);
    expect(byFormat.body.data).toHaveLength(0);
    const byAgency = await request(server)
      .get(`/api/reports?filters[agency][documentId][$eq]=${agencyId}`)
      .expect(200);
    expect(byAgency.body.data).toHaveLength(1);
  });

  it('lets a client still choose its own populate', async () => {
    const res = await request(server).get('/api/reports?populate[0]=agency').expect(200);
    expect(res.body.data[0].agency.name).toBe(haizhu.agency.name);
    expect(res.body.data[0].sections).toBeUndefined();
  });

  it('reads agencies publicly', async () => {
    const res = await request(server).get('/api/agencies').expect(200);
    expect(res.body.data.map((a: { name: string }) => a.name)).toContain(haizhu.agency.name);
  });
});

describe('GraphQL, anonymous', () => {
  const query = (q: string, variables: Record<string, unknown> = {}) =>
    request(server).post('/graphql').send({ query: q, variables }).expect(200);

  it('returns published reports with sections, tables and agency', async () => {
    const res =
      await query(`{ reports { documentId title year format agency { name } sections { key number heading }
      tables { key unit cells } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.reports).toHaveLength(1);
    const [report] = res.body.data.reports;
    expect(report.agency.name).toBe(haizhu.agency.name);
    expect(report.sections).toHaveLength(haizhu.report.sections.length);
    expect(report.tables.find((t: { key: string }) => t.key === 'annex-1').cells.total.value).toBe(
      144,
    );
  });

  it('does not return a draft by id, nor when drafts are asked for', async () => {
    const one = await query('query($id: ID!) { report(documentId: $id) { documentId } }', {
      id: draft.documentId,
    });
    expect(one.body.data.report).toBeNull();
    const drafts = await query('{ reports(status: DRAFT) { documentId } }');
    const ids = (drafts.body.data?.reports ?? []).map((r: { documentId: string }) => r.documentId);
    expect(ids).not.toContain(draft.documentId);
  });
});

describe('drafts reached through an agency', () => {
  it("REST: populating an agency's reports with status=draft gives published ones only", async () => {
    const res = await request(server)
      .get(`/api/agencies/${agencyId}?populate[0]=reports&status=draft`)
      .expect(200);
    const ids = res.body.data.reports.map((r: { documentId: string }) => r.documentId);
    expect(ids).toEqual([published.documentId]);
  });

  it('GraphQL: agencies(status: DRAFT) { reports } gives published ones only', async () => {
    const res = await request(server)
      .post('/graphql')
      .send({ query: '{ agencies(status: DRAFT) { name reports { documentId publishedAt } } }' })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.agencies.flatMap((a: { reports: Array<{ documentId: string }> }) =>
      a.reports.map((r) => r.documentId),
    );
    expect(ids).toEqual([published.documentId]);
  });
});

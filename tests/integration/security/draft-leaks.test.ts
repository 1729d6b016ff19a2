import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { signInSiteUser } from '../../helpers/site-user';
import { createFullAccessToken } from '../../helpers/api-token';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { reportInput } from '../../../src/api/report/document-input';

/**
 * No anonymous caller, and no signed-in site user, learns a byte of a draft: not by status, not
 * through filters, sorts or populates that cross into reports, not through the checks of a
 * published report. A draft-only report holds a secret title and a secret figure to look for.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let agencyId: string;
let publishedId: string;
let secretDraftId: string;
let siteUserJwt: string;
let apiToken: string;

const [, huaian] = demoReports;
const SECRET_TITLE = '机密草稿不得外泄';
const SECRET_FIGURE = 7777;
const appliedIndex = huaian.report.tables.findIndex((t) => t.key === 'applications');

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  const reports = app.strapi.documents('api::report.report');
  agencyId = (await createAgency(app.strapi, huaian.agency)).documentId;

  // Last year's report exists only as a draft, with a figure nobody outside may see.
  const lastYear = clone(huaian.report);
  lastYear.title = `${SECRET_TITLE}2023年政府信息公开工作年度报告`;
  lastYear.year = 2023;
  lastYear.tables[appliedIndex].cells['carried-forward'].total = SECRET_FIGURE;
  secretDraftId = (await reports.create({ data: reportInput({ ...lastYear, agency: agencyId }) }))
    .documentId;

  publishedId = (
    await reports.create({
      data: reportInput({ ...huaian.report, agency: agencyId }),
      status: 'published',
    })
  ).documentId;
  siteUserJwt = await signInSiteUser(app.strapi);
  apiToken = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string, jwt?: string) => {
  const req = request(server).get(url);
  return jwt ? req.set('Authorization', `Bearer ${jwt}`) : req;
};
const graphql = (query: string, jwt?: string) => {
  const req = request(server).post('/graphql');
  return (jwt ? req.set('Authorization', `Bearer ${jwt}`) : req).send({ query });
};
const ids = (body: { data: Array<{ documentId: string }> }) => body.data.map((d) => d.documentId);

describe('filters, sorts and populates that cross into reports see published rows only', () => {
  it.each([
    [
      'REST filter through agency → reports',
      `filters[reports][title][$startsWith]=${SECRET_TITLE}`,
    ],
    ['REST filter inside $or', `filters[$or][0][reports][title][$startsWith]=${SECRET_TITLE}`],
    ['REST filter inside $and', `filters[$and][0][reports][title][$contains]=${SECRET_TITLE}`],
  ])('%s finds no agency', async (_name, query) => {
    const res = await get(`/api/agencies?${encodeURI(query)}`).expect(200);
    expect(res.body.data).toEqual([]);
  });

  it('a filter on a draft cell is refused: JSON fields cannot be filtered (PostgreSQL gave a 500)', async () => {
    const query = `filters[reports][tables][cells][$contains]=${SECRET_FIGURE}`;
    const res = await get(`/api/agencies?${encodeURI(query)}`).expect(400);
    expect(res.body.error.message).toContain('cells');
  });

  it('a published title is still found the same way (the filter itself works)', async () => {
    const prefix = huaian.report.title.slice(0, 6);
    const res = await get(
      `/api/agencies?${encodeURI(`filters[reports][title][$startsWith]=${prefix}`)}`,
    ).expect(200);
    expect(ids(res.body)).toEqual([agencyId]);
  });

  it('REST: report → agency → reports, at depth, finds no report', async () => {
    const query = `filters[agency][reports][title][$startsWith]=${SECRET_TITLE}`;
    const res = await get(`/api/reports?${encodeURI(query)}`).expect(200);
    expect(res.body.data).toEqual([]);
  });

  it('REST: a filter inside a populate does not reveal the draft', async () => {
    const query = `populate[agency][filters][reports][title][$startsWith]=${SECRET_TITLE}`;
    const res = await get(`/api/reports/${publishedId}?${encodeURI(query)}`).expect(200);
    expect(res.body.data.agency).toBeNull();
  });

  it('REST: sorting by a field of reports across a relation is refused with a 400', async () => {
    const res = await get('/api/agencies?sort=reports.title:asc').expect(400);
    expect(res.body.error.message).toContain('reports');
  });

  it('GraphQL: agencies(filters: reports…) finds no agency', async () => {
    const res = await graphql(
      `{ agencies(filters: { reports: { title: { startsWith: "${SECRET_TITLE}" } } }) { documentId } }`,
    ).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.agencies).toEqual([]);
  });

  it('GraphQL: a nested relation filter through agency → reports finds nothing', async () => {
    const res = await graphql(
      `{ agencies { reports(filters: { agency: { reports: { title: { startsWith: "${SECRET_TITLE}" } } } }) { documentId } } }`,
    ).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.agencies.flatMap((a: { reports: unknown[] }) => a.reports)).toEqual([]);
  });
});

describe('checks of a published report never use an unpublished previous year', () => {
  const leaks = (body: unknown) => {
    const text = JSON.stringify(body);
    return text.includes(String(SECRET_FIGURE)) || /"rule":"(T3-4|C1)"/.test(text);
  };

  it('the draft checks (API token) do compare with last year’s draft: the figure is there to leak', async () => {
    const res = await get(
      `/api/annual-report/reports/${publishedId}/checks?status=draft`,
      apiToken,
    ).expect(200);
    expect(JSON.stringify(res.body)).toContain(String(SECRET_FIGURE));
  });

  it('REST checks route', async () => {
    const res = await get(`/api/annual-report/reports/${publishedId}/checks`).expect(200);
    expect(leaks(res.body)).toBe(false);
  });

  it('GraphQL reportChecks', async () => {
    const res = await graphql(
      `{ reportChecks(documentId: "${publishedId}") { findings { rule expected actual } } }`,
    ).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(leaks(res.body)).toBe(false);
  });

  it('the stored summary served with the public report', async () => {
    const res = await get(`/api/reports/${publishedId}`).expect(200);
    expect(res.body.data.checks.findings).toBeDefined();
    expect(leaks(res.body.data.checks)).toBe(false);
  });
});

describe('a signed-in site user reads what the public reads', () => {
  it('REST ?status=draft gives published versions only', async () => {
    const res = await get('/api/reports?status=draft', siteUserJwt).expect(200);
    expect(ids(res.body)).toEqual([publishedId]);
    await get(`/api/reports/${secretDraftId}?status=draft`, siteUserJwt).expect(404);
  });

  it('GraphQL status: DRAFT gives published versions only', async () => {
    const res = await graphql(
      '{ reports(status: DRAFT) { documentId title } }',
      siteUserJwt,
    ).expect(200);
    expect(res.body.data.reports.map((r: { documentId: string }) => r.documentId)).toEqual([
      publishedId,
    ]);
  });

  it('filters through relations are held to published rows too', async () => {
    const query = `filters[reports][title][$startsWith]=${SECRET_TITLE}`;
    const res = await get(`/api/agencies?${encodeURI(query)}`, siteUserJwt).expect(200);
    expect(res.body.data).toEqual([]);
  });

  it('an API token still reads drafts', async () => {
    const res = await get(`/api/reports/${secretDraftId}?status=draft`, apiToken).expect(200);
    expect(res.body.data.title).toContain(SECRET_TITLE);
  });
});

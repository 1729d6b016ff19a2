import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { createFullAccessToken } from '../../helpers/api-token';
import { signInAdmin } from '../../helpers/admin-session';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { reportInput } from '../../../src/api/report/document-input';

/**
 * Requests that were answered with a 500, or silently changed, now get a 400 (or 413) naming what is
 * wrong, on SQLite and PostgreSQL: relation filters with $or/$and/$not, malformed filter values, a
 * NUL in the path, bodies that are not UTF-8 or larger than a report may be; and a statistic
 * table's printed title comes from its template, whatever a client sends.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;
let adminToken: string;
let agencyId: string;
let publishedId: string;

const [, huaian] = demoReports;
const SECRET_TITLE = '机密草稿不得外泄';

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await createFullAccessToken(app.strapi);
  adminToken = await signInAdmin(app.strapi);
  const reports = app.strapi.documents('api::report.report');
  agencyId = (await createAgency(app.strapi, huaian.agency)).documentId;
  publishedId = (
    await reports.create({
      data: reportInput({ ...huaian.report, agency: agencyId }),
      status: 'published',
    })
  ).documentId;
  const draft = clone(huaian.report);
  draft.title = `${SECRET_TITLE}2023年政府信息公开工作年度报告`;
  draft.year = 2023;
  await reports.create({ data: reportInput({ ...draft, agency: agencyId }) });
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string, auth?: string) => {
  const req = request(server).get(encodeURI(url));
  return auth ? req.set('Authorization', `Bearer ${auth}`) : req;
};
const graphql = (query: string, auth?: string) => {
  const req = request(server).post('/graphql');
  return (auth ? req.set('Authorization', `Bearer ${auth}`) : req).send({ query });
};
const documentIds = (data: Array<{ documentId: string }>) => data.map((d) => d.documentId);

describe('6. $or, $and and $not inside a relation filter', () => {
  const publishedPart = huaian.report.title.slice(0, 6);

  it.each([
    ['$or', (text: string) => `filters[reports][$or][0][title][$contains]=${text}`],
    ['$and', (text: string) => `filters[reports][$and][0][title][$contains]=${text}`],
    ['$not', (text: string) => `filters[reports][$not][title][$notContains]=${text}`],
  ])('REST %s: the published title is found, the draft’s is not', async (_op, filter) => {
    const found = await get(`/api/agencies?${filter(publishedPart)}`).expect(200);
    expect(documentIds(found.body.data)).toEqual([agencyId]);
    const secret = await get(`/api/agencies?${filter(SECRET_TITLE)}`).expect(200);
    expect(secret.body.data).toEqual([]);
  });

  it('REST with an API token: $or beside a field in the same relation filter', async () => {
    const res = await get(
      `/api/agencies?filters[reports][$or][0][title][$contains]=${SECRET_TITLE}&filters[reports][year][$eq]=2023`,
      token,
    ).expect(200);
    expect(documentIds(res.body.data)).toEqual([agencyId]);
  });

  it.each([
    ['or', (text: string) => `{ or: [{ title: { contains: "${text}" } }] }`],
    ['and', (text: string) => `{ and: [{ title: { contains: "${text}" } }] }`],
    ['not', (text: string) => `{ not: { title: { notContains: "${text}" } } }`],
  ])('GraphQL %s: the published title is found, the draft’s is not', async (_op, filter) => {
    const query = (text: string) =>
      `{ agencies(filters: { reports: ${filter(text)} }) { documentId } }`;
    const found = await graphql(query(publishedPart)).expect(200);
    expect(found.body.errors).toBeUndefined();
    expect(documentIds(found.body.data.agencies)).toEqual([agencyId]);
    const secret = await graphql(query(SECRET_TITLE)).expect(200);
    expect(secret.body.errors).toBeUndefined();
    expect(secret.body.data.agencies).toEqual([]);
  });
});

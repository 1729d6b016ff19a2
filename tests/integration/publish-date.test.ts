import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { signInAdmin } from '../helpers/admin-session';
import { createFullAccessToken } from '../helpers/api-token';
import { clone } from '../helpers/report-builder';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';
import { REPORT_UID } from '../../src/plugins/annual-report/shared/contracts/uids';
import { todayIn } from '../../src/plugins/annual-report/shared/dates/today';

/**
 * 公开日期 at publication: a request that publishes a report without a date (bulk publish, REST,
 * GraphQL) dates it today in China's time; a date given is kept; the Document Service outside a
 * request (demo loader, seed) publishes what it was given.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let adminToken: string;
let apiToken: string;
const [, huaian] = demoReports;
let agencies = 0;
const documents = () => app.strapi.documents(REPORT_UID);
/** Each report of its own agency: one report per agency and year. */
const newAgency = async () =>
  (
    await createAgency(app.strapi, {
      ...huaian.agency,
      name: `${huaian.agency.name}${(agencies += 1)}`,
    })
  ).documentId;

const draft = async (issuedOn: string | null = null) =>
  (
    await documents().create({
      data: reportInput({ ...clone(huaian.report), issuedOn, agency: await newAgency() }),
    })
  ).documentId;

const published = async (documentId: string) =>
  (await documents().findOne({ documentId, status: 'published', fields: ['issuedOn'] }))?.issuedOn;

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  adminToken = await signInAdmin(app.strapi);
  apiToken = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

it('bulk publish in the Content Manager dates an undated report today', async () => {
  const documentId = await draft();
  await request(server)
    .post(`/content-manager/collection-types/${REPORT_UID}/actions/bulkPublish`)
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ documentIds: [documentId] })
    .expect(200);
  expect(await published(documentId)).toBe(todayIn());
  // The draft holds it too, so the next publication keeps it.
  expect((await documents().findOne({ documentId, fields: ['issuedOn'] }))?.issuedOn).toBe(
    todayIn(),
  );
});

it('a date given is kept', async () => {
  const documentId = await draft('2025-01-20');
  await request(server)
    .post(`/content-manager/collection-types/${REPORT_UID}/${documentId}/actions/publish`)
    .set('Authorization', `Bearer ${adminToken}`)
    .send({})
    .expect(200);
  expect(await published(documentId)).toBe('2025-01-20');
});

it('REST and GraphQL publications are dated', async () => {
  const agencyId = await newAgency();
  const { documentId: _omit, ...data } = reportInput({
    ...clone(huaian.report),
    issuedOn: null,
    agency: agencyId,
  }) as Record<string, unknown>;
  const rest = await request(server)
    .post('/api/reports?status=published')
    .set('Authorization', `Bearer ${apiToken}`)
    .send({ data })
    .expect(201);
  expect(await published(rest.body.data.documentId)).toBe(todayIn());

  const documentId = await draft();
  const gql = await request(server)
    .post('/graphql')
    .set('Authorization', `Bearer ${apiToken}`)
    .send({
      query:
        'mutation($id: ID!) { updateReport(documentId: $id, data: {}, status: PUBLISHED) { documentId } }',
      variables: { id: documentId },
    })
    .expect(200);
  expect(gql.body.errors).toBeUndefined();
  expect(await published(documentId)).toBe(todayIn());
});

it('the Document Service outside a request publishes what it was given', async () => {
  const documentId = await draft();
  await documents().publish({ documentId });
  expect(await published(documentId)).toBeNull();
});

it('today is China’s date, whatever the server’s zone', () => {
  // 2025-01-19 20:00 UTC is 2025-01-20 04:00 in Beijing.
  expect(todayIn(undefined, new Date('2025-01-19T20:00:00Z'))).toBe('2025-01-20');
});

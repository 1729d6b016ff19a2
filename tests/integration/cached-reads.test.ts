import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createAgency } from '../helpers/fixtures';
import { clone } from '../helpers/report-builder';
import { demoReports } from '../../src/demo';
import { reportInput } from '../../src/api/report/document-input';

/**
 * Anonymous reads of published reports come from a snapshot stored at publication (one row, no
 * populate) and then from the response cache; both always equal what the core path answers, and
 * no write leaves an old version behind.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let documentId: string;
let agencyId: string;

const [haizhu, huaian] = demoReports;
const documents = () => app.strapi.documents('api::report.report');

// The default populate spelled out by the client: served the core way, never from the snapshot.
const CORE_POPULATE = [
  'populate[agency][fields][0]=name',
  'populate[agency][fields][1]=level',
  'populate[agency][fields][2]=region',
  'populate[agency][fields][3]=address',
  'populate[agency][fields][4]=postcode',
  'populate[agency][fields][5]=phone',
  'populate[agency][fields][6]=email',
  'populate[agency][fields][7]=website',
  'populate[sections]=true',
  'populate[tables]=true',
].join('&');

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  agencyId = (await createAgency(app.strapi, huaian.agency)).documentId;
  documentId = (
    await documents().create({
      data: reportInput({ ...clone(huaian.report), agency: agencyId }),
      status: 'published',
    })
  ).documentId;
  const other = await createAgency(app.strapi, haizhu.agency);
  await documents().create({
    data: reportInput({ ...clone(haizhu.report), agency: other.documentId }),
    status: 'published',
  });
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => request(server).get(url).expect(200);

it('a full read is the stored snapshot, equal to what the core path answers', async () => {
  const snapshot = await get(`/api/reports/${documentId}`);
  const core = await get(`/api/reports/${documentId}?${CORE_POPULATE}`);
  expect(snapshot.body).toEqual(core.body);
  expect(snapshot.body.data.tables).toHaveLength(huaian.report.tables.length);
  expect(snapshot.body.data).not.toHaveProperty('snapshot');
  const row = await app.strapi.db
    .query('api::report.report')
    .findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['snapshot'] });
  expect(JSON.parse(row.snapshot)).toEqual(core.body.data);
});

it('a page of full reports is the snapshots joined, with the same pagination', async () => {
  const snapshot = await get('/api/reports?sort=year:asc&pagination[pageSize]=25');
  const core = await get(`/api/reports?sort=year:asc&pagination[pageSize]=25&${CORE_POPULATE}`);
  expect(snapshot.body).toEqual(core.body);
  expect(snapshot.body.data.map((r: { year: number }) => r.year)).toEqual([2018, 2024]);
  expect(snapshot.body.meta.pagination.total).toBe(2);
});

it.each([
  'pagination[pageSize]=25',
  'pagination[page]=2&pagination[pageSize]=1',
  'pagination[start]=1&pagination[limit]=1',
  'filters[year][$eq]=2018',
  'sort=title:desc',
])('pages of snapshots answer %s as the core path does', async (params) => {
  const snapshot = await get(`/api/reports?${params}`);
  const core = await get(`/api/reports?${params}&${CORE_POPULATE}`);
  expect(snapshot.body).toEqual(core.body);
  expect(snapshot.body.data.length).toBeGreaterThan(0);
});

it('a renamed agency is in the snapshot of its published reports', async () => {
  await app.strapi
    .documents('api::agency.agency')
    .update({ documentId: agencyId, data: { name: '淮安市人民政府（更名）' } });
  const res = await get(`/api/reports/${documentId}`);
  expect(res.body.data.agency.name).toBe('淮安市人民政府（更名）');
});

it('a deleted agency leaves the snapshot of its published reports too', async () => {
  const agency = await createAgency(app.strapi, { ...haizhu.agency, name: '将被删除的机关' });
  const report = await documents().create({
    data: reportInput({ ...clone(haizhu.report), agency: agency.documentId }),
    status: 'published',
  });
  await app.strapi.documents('api::agency.agency').delete({ documentId: agency.documentId });
  const snapshot = await get(`/api/reports/${report.documentId}`);
  const core = await get(`/api/reports/${report.documentId}?${CORE_POPULATE}`);
  expect(snapshot.body.data.agency).toBeNull();
  expect(snapshot.body).toEqual(core.body);
  await documents().delete({ documentId: report.documentId });
});

it('a client asking for the v4 response shape is answered the core way, and not cached', async () => {
  const v4 = await request(server)
    .get(`/api/reports/${documentId}`)
    .set('Strapi-Response-Format', 'v4')
    .expect(200);
  expect(v4.body.data.attributes.title).toEqual(expect.any(String));
  const plain = await get(`/api/reports/${documentId}`);
  expect(plain.body.data.title).toEqual(expect.any(String));
});

it('caches anonymous reads with an ETag, and a publication replaces them at once', async () => {
  const first = await get(`/api/reports/${documentId}`);
  const second = await get(`/api/reports/${documentId}`);
  expect(second.headers['x-cache']).toBe('HIT');
  expect(second.headers.etag).toBe(first.headers.etag);
  await request(server)
    .get(`/api/reports/${documentId}`)
    .set('If-None-Match', second.headers.etag)
    .expect(304);

  await documents().update({
    documentId,
    data: { title: '淮安市人民政府2024年政府信息公开工作年度报告（修订）' },
    status: 'published',
  });
  const after = await get(`/api/reports/${documentId}`);
  expect(after.body.data.title).toBe('淮安市人民政府2024年政府信息公开工作年度报告（修订）');
  expect(after.headers.etag).not.toBe(first.headers.etag);
});

it('a draft save leaves the public read alone; an unpublish removes it at once', async () => {
  await get(`/api/reports/${documentId}`);
  await documents().update({ documentId, data: { title: '草稿标题' } });
  const stillPublished = await get(`/api/reports/${documentId}`);
  expect(stillPublished.body.data.title).not.toBe('草稿标题');
  await documents().unpublish({ documentId });
  await request(server).get(`/api/reports/${documentId}`).expect(404);
});

it('a read permission taken from the public role is refused at once, and given back at once', async () => {
  const url = `/api/reports?pagination[pageSize]=1`;
  await get(url);
  expect((await get(url)).headers['x-cache']).toBe('HIT');
  const permissions = app.strapi.db.query('plugin::users-permissions.permission');
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  const find = await permissions.findOne({
    where: { action: 'api::report.report.find', role: role.id },
  });
  await permissions.delete({ where: { id: find.id } });
  // Neither the kept public ability nor the cached answer outlives the permission.
  await request(server).get(url).expect(403);
  await permissions.create({ data: { action: 'api::report.report.find', role: role.id } });
  const again = await get(url);
  expect(again.body.data).toHaveLength(1);
});

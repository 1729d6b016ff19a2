import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { demoReports } from '../../src/demo';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi({ demoData: true });
});

afterAll(async () => {
  await app?.stop();
});

it('loads the demo reports, published, on an empty database', async () => {
  const res = await request(app.strapi.server.httpServer).get('/api/reports?sort=year').expect(200);
  expect(res.body.data.map((r: { title: string }) => r.title)).toEqual(
    demoReports.map((d) => d.report.title),
  );
  for (const [i, { report, agency }] of demoReports.entries()) {
    const served = res.body.data[i];
    expect(served.agency.name).toBe(agency.name);
    for (const table of report.tables) {
      expect(served.tables.find((t: { key: string }) => t.key === table.key).cells).toEqual(
        table.cells,
      );
    }
    expect(served.sections.map((s: { body: unknown }) => s.body)).toEqual(
      report.sections.map((s) => s.body),
    );
  }
});

it('adds nothing when loaded a second time', async () => {
  const { loadDemoData } = await import('../../src/bootstrap/demo-data');
  await loadDemoData(app.strapi);
  expect(await app.strapi.documents('api::report.report').count({})).toBe(demoReports.length);
  expect(await app.strapi.documents('api::agency.agency').count({})).toBe(demoReports.length);
});

import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createFullAccessToken } from '../helpers/api-token';
import { createTemplateRegistry } from '../../src/plugins/annual-report/shared/templates/registry';

let app: TestApp;
let token: string;
const registry = createTemplateRegistry();

beforeAll(async () => {
  app = await startStrapi();
  token = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const expectLaidOutAs = (report: { sections: unknown[]; tables: unknown[] }, format: string) => {
  const template = registry.require(format);
  expect(report.sections).toEqual(
    template.sections.map((s) =>
      expect.objectContaining({ key: s.key, number: s.number, heading: s.heading }),
    ),
  );
  expect(report.tables.map((t) => (t as { key: string }).key)).toEqual(
    template.tables.map((t) => t.key),
  );
  for (const table of report.tables as Array<{
    key: string;
    cells: Record<string, Record<string, unknown>>;
  }>) {
    const layout = template.tables.find((t) => t.key === table.key)!;
    const dataRows = layout.rows.filter((r) => !r.heading).map((r) => r.key);
    // Key order is not kept by every database (PostgreSQL jsonb sorts keys); the template gives the order.
    expect(Object.keys(table.cells).sort()).toEqual([...dataRows].sort());
    for (const row of dataRows) {
      expect(table.cells[row]).toEqual(
        Object.fromEntries(layout.columns.map((c) => [c.key, null])),
      );
    }
  }
};

describe.each(['gz-legacy', 'cn-2019', 'cn-2021'])('a new %s report', (format) => {
  it('gets every section and every table with blank cells through the Document Service', async () => {
    const created = await app.strapi.documents('api::report.report').create({
      data: { title: `${format} 报告`, year: 2021, format },
      populate: ['sections', 'tables'],
    });
    expectLaidOutAs(created as never, format);
  });

  it('gets the same through REST with an API token', async () => {
    const res = await request(app.strapi.server.httpServer)
      .post('/api/reports?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: `${format} REST 报告`, year: 2021, format } })
      .expect(201);
    const stored = await app.strapi.documents('api::report.report').findOne({
      documentId: res.body.data.documentId,
      populate: ['sections', 'tables'],
    });
    expectLaidOutAs(stored as never, format);
  });
});

it('keeps sections the caller sent', async () => {
  const created = await app.strapi.documents('api::report.report').create({
    data: {
      title: 'own sections',
      year: 2021,
      format: 'cn-2021',
      sections: [{ key: 'overview', number: '一', heading: '总体情况', body: [] }],
    },
    populate: ['sections', 'tables'],
  });
  expect((created as unknown as { sections: unknown[] }).sections).toHaveLength(1);
  expect((created as unknown as { tables: unknown[] }).tables.length).toBe(
    registry.require('cn-2021').tables.length,
  );
});

it('refuses an unknown format with a 400 naming the field', async () => {
  const res = await request(app.strapi.server.httpServer)
    .post('/api/reports?status=draft')
    .set('Authorization', `Bearer ${token}`)
    .send({ data: { title: 'bad', year: 2021, format: 'cn-2099' } })
    .expect(400);
  expect(res.body.error.message).toContain('cn-2099');
  expect(res.body.error.details.errors[0].path).toEqual(['format']);
});

import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/**
 * Nothing leaves a government network, and a production API does not describe itself to
 * strangers. This file boots with neither the telemetry variable nor GraphQL introspection set.
 */
let app: TestApp;

beforeAll(async () => {
  delete process.env.STRAPI_TELEMETRY_DISABLED;
  process.env.GRAPHQL_INTROSPECTION = 'false';
  app = await startStrapi({ adminPanel: false });
});

afterAll(async () => {
  await app?.stop();
  delete process.env.GRAPHQL_INTROSPECTION;
});

it('telemetry is off by package.json, not only by an environment variable', async () => {
  expect(app.strapi.telemetry.isDisabled).toBe(true);
  // The admin panel tracks usage only when /admin/init gives it a project uuid.
  const res = await request(app.strapi.server.httpServer).get('/admin/init').expect(200);
  expect(res.body.data.uuid).toBe(false);
});

it('GraphQL introspection can be switched off (the production default)', async () => {
  const res = await request(app.strapi.server.httpServer)
    .post('/graphql')
    .send({ query: '{ __schema { types { name } } }' });
  expect(res.body.data?.__schema).toBeUndefined();
  expect(res.body.errors[0].message).toMatch(/introspection/i);
  const typed = await request(app.strapi.server.httpServer)
    .post('/graphql')
    .send({ query: '{ reports { documentId } }' })
    .expect(200);
  expect(typed.body.data.reports).toEqual([]);
});

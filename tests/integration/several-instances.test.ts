import net from 'net';
import crypto from 'crypto';
import request from 'supertest';
import Redis from 'ioredis';
import { Client } from 'pg';
import { startInstance, type Instance } from '../helpers/instances';
import { clone } from '../helpers/report-builder';
import { demoReports } from '../../src/demo';

/**
 * Two instances on one PostgreSQL database and one Redis, as behind a load balancer: a write
 * through one is seen through the other as soon as it returns, never the old version; Redis going
 * away costs a cache, not an answer. The test makes its own database and Redis key prefix.
 */
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const id = crypto.randomBytes(4).toString('hex');
const database = `annual_report_instances_${id}`;
const prefix = `annual-report-test-${id}`;

const [, huaian] = demoReports;
let a: Instance;
let b: Instance;
let documentId: string;
let redis: Redis;

const admin = async (sql: string) => {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};

const instanceEnv = (redisUrl: string) => ({
  DATABASE_URL: PG_URL.replace(/\/[^/]*$/, `/${database}`),
  DATABASE_CLIENT: 'postgres',
  DATABASE_SCHEMA: 'public',
  DEMO_DATA: 'false',
  REDIS_URL: redisUrl,
  CACHE_PREFIX: prefix,
});

beforeAll(async () => {
  await admin(`CREATE DATABASE ${database}`);
  redis = new Redis(REDIS_URL);
  // One at a time: the first one creates the schema.
  a = await startInstance({ ...instanceEnv(REDIS_URL), CREATE_TOKEN: 'true' });
  b = await startInstance(instanceEnv(REDIS_URL));
  const auth = `Bearer ${a.token}`;
  const agency = await request(a.url)
    .post('/api/agencies')
    .set('Authorization', auth)
    .send({ data: { ...huaian.agency } })
    .expect(201);
  const report = await request(a.url)
    .post('/api/reports')
    .set('Authorization', auth)
    .send({ data: { ...clone(huaian.report), agency: agency.body.data.documentId } })
    .expect(201);
  documentId = report.body.data.documentId;
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

const title = (url: string) =>
  request(url)
    .get(`/api/reports/${documentId}`)
    .expect(200)
    .then((res) => ({ title: res.body.data.title as string, cache: res.headers['x-cache'] }));

it('serves repeated anonymous reads from the cache, with an ETag that answers 304', async () => {
  await title(b.url);
  const second = await request(b.url).get(`/api/reports/${documentId}`).expect(200);
  expect(second.headers['x-cache']).toBe('HIT');
  expect(second.headers['cache-control']).toMatch(
    /^public, max-age=\d+, stale-while-revalidate=\d+$/,
  );
  await request(b.url)
    .get(`/api/reports/${documentId}`)
    .set('If-None-Match', second.headers.etag)
    .expect(304);
  // A token is never served from the cache.
  const withToken = await request(b.url)
    .get(`/api/reports/${documentId}`)
    .set('Authorization', `Bearer ${a.token}`)
    .expect(200);
  expect(withToken.headers['x-cache']).toBeUndefined();
});

it('a publication through A is read through B right after it returns, never the old version', async () => {
  for (let round = 1; round <= 5; round += 1) {
    await title(a.url);
    await title(b.url);
    const next = `淮安市人民政府2024年政府信息公开工作年度报告（第${round}版）`;
    await request(a.url)
      .put(`/api/reports/${documentId}`)
      .set('Authorization', `Bearer ${a.token}`)
      .send({ data: { title: next } })
      .expect(200);
    expect((await title(b.url)).title).toBe(next);
    expect((await title(a.url)).title).toBe(next);
  }
});

it('GraphQL reads are cached and invalidated the same way', async () => {
  const query = { query: `{ report(documentId: "${documentId}") { title } }` };
  await request(b.url).post('/graphql').send(query).expect(200);
  const hit = await request(b.url).post('/graphql').send(query).expect(200);
  expect(hit.headers['x-cache']).toBe('HIT');
  const next = '淮安市人民政府2024年政府信息公开工作年度报告（GraphQL 版）';
  await request(a.url)
    .put(`/api/reports/${documentId}`)
    .set('Authorization', `Bearer ${a.token}`)
    .send({ data: { title: next } })
    .expect(200);
  const after = await request(b.url).post('/graphql').send(query).expect(200);
  expect(after.body.data.report.title).toBe(next);
});

it('unpublished through B, A answers 404 at once', async () => {
  await title(a.url);
  await b.call('unpublish', documentId);
  await request(a.url).get(`/api/reports/${documentId}`).expect(404);
  const list = await request(a.url).get('/api/reports').expect(200);
  expect(list.body.data).toEqual([]);
  // Published again for the tests below.
  await request(a.url)
    .put(`/api/reports/${documentId}`)
    .set('Authorization', `Bearer ${a.token}`)
    .send({ data: {} })
    .expect(200);
});

describe('when a backing service drops', () => {
  let proxy: net.Server;
  let sockets: net.Socket[] = [];
  let port: number;
  let c: Instance;

  /** Redis behind a TCP proxy the test can cut and restore. */
  const openProxy = (listenPort = 0) =>
    new Promise<void>((resolve) => {
      proxy = net.createServer((client) => {
        const upstream = net.connect(6379, '127.0.0.1');
        sockets.push(client, upstream);
        client.pipe(upstream).pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
      });
      proxy.listen(listenPort, '127.0.0.1', () => {
        port = (proxy.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cutProxy = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets = [];
      proxy.close(() => resolve());
    });

  beforeAll(async () => {
    await openProxy();
    c = await startInstance(instanceEnv(`redis://127.0.0.1:${port}`));
  }, 60_000);

  afterAll(async () => {
    await c?.stop();
    proxy?.close();
  });

  it('Redis away: reads come from the database, one warning, never a 5xx; Redis back: cached again', async () => {
    await title(c.url);
    expect((await title(c.url)).cache).toBe('HIT');
    await cutProxy();
    for (let i = 0; i < 20; i += 1) {
      const res = await request(c.url).get(`/api/reports/${documentId}`);
      expect(res.status).toBe(200);
    }
    expect(c.output().match(/cache: redis unavailable/g) ?? []).toHaveLength(1);
    await openProxy(port);
    let cache: string | undefined;
    for (let i = 0; i < 50 && cache !== 'HIT'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      cache = (await title(c.url)).cache;
    }
    expect(cache).toBe('HIT');
  });

  it('PostgreSQL connections terminated: the next reads succeed without a restart', async () => {
    await admin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(
        (await request(c.url).get(`/api/reports?pagination[pageSize]=${i + 1}`)).status,
      );
    }
    expect(statuses.slice(1)).toEqual([200, 200, 200, 200]);
    expect(statuses[0]).toBeLessThan(500);
  });
});

import request from 'supertest';
import Redis from 'ioredis';
import { startInstance, type Instance } from '../helpers/instances';
import { publishHuaian, testDatabase } from '../helpers/postgres-instances';
import { startRedisServer, type OwnRedis } from '../helpers/redis-server';
import { demoReports } from '../../src/demo';

/**
 * Faults injected into a running instance, on PostgreSQL, with a redis-server of this file's own:
 * a Redis that hangs must not hold reads, and a process killed between the commit of a
 * publication and the cache's bump must not leave the old version served after a restart.
 * Generous bounds only; timings belong to bench/.
 */
const database = testDatabase('annual_report_faults');
const [, huaian] = demoReports;

let redis: OwnRedis;
let instance: Instance;
let token: string;
let documentId: string;

const env = () => ({
  ...database.env,
  REDIS_URL: redis.url,
  CACHE_PREFIX: 'faults',
  CACHE_TTL: '600',
  CREATE_TOKEN: 'true',
});

const read = (url: string) => request(url).get(`/api/reports/${documentId}`);

/** Reads until the cache answers, as a warm portal would find it. */
const warm = async (url: string) => {
  for (let i = 0; i < 50; i += 1) {
    if ((await read(url)).headers['x-cache'] === 'HIT') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the cache never answered');
};

beforeAll(async () => {
  await database.create();
  redis = await startRedisServer();
  instance = await startInstance(env());
  token = instance.token!;
  documentId = await publishHuaian(instance);
}, 180_000);

afterAll(async () => {
  await instance?.stop().catch(() => undefined);
  await redis?.stop();
  await database.drop();
});

describe('Redis paused for 8 s (CLIENT PAUSE)', () => {
  let pauser: Redis;

  afterAll(async () => {
    await pauser?.call('CLIENT', 'UNPAUSE').catch(() => undefined);
    pauser?.disconnect();
  });

  it('the command timeout fires, the breaker opens, and reads come from the database at once', async () => {
    await warm(instance.url);
    pauser = new Redis(redis.url);
    await pauser.call('CLIENT', 'PAUSE', '8000', 'ALL');
    const started = Date.now();
    const durations: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const before = Date.now();
      const res = await read(instance.url);
      durations.push(Date.now() - before);
      expect(res.status).toBe(200);
      expect(res.body.data.documentId).toBe(documentId);
    }
    const ready = await request(instance.url).get('/api/annual-report/ready').expect(200);
    // Still inside the pause: every read was served well before it ended.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(Math.max(...durations)).toBeLessThan(1000);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      database: 'up',
      cache: { store: 'redis', ok: false, breaker: 'open' },
    });
  });
});

describe('an instance killed between the commit of a publication and the cache bump', () => {
  it('after a restart, readers get the committed version, not the cached one', async () => {
    await pauserGone();
    await warm(instance.url);
    const before = (await read(instance.url)).body.data.title as string;
    const next = `${huaian.report.title}（崩溃后）`;
    await instance.call('fault', 'after-commit-before-cache-bump');
    // The process dies before it answers.
    await expect(
      request(instance.url)
        .put(`/api/reports/${documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { title: next } }),
    ).rejects.toThrow();
    // Redis still holds the old version under the old generation.
    expect(await redis.client.get('faults:generation')).not.toBeNull();
    instance = await startInstance(env());
    const res = await read(instance.url).expect(200);
    expect(res.body.data.title).toBe(next);
    expect(before).not.toBe(next);
  });
});

/** Waits until the pause of the test above is over (CLIENT UNPAUSE in its afterAll). */
async function pauserGone() {
  for (let i = 0; i < 100; i += 1) {
    const res = await request(instance.url).get('/api/annual-report/ready');
    if (res.body.cache?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('Redis did not come back');
}

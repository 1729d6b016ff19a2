import request from 'supertest';
import { startInstance, type Instance } from '../helpers/instances';
import { adminSql, publishHuaian, testDatabase } from '../helpers/postgres-instances';
import { demoReports } from '../../src/demo';

/**
 * PostgreSQL backends terminated (a failover, an administrator's pg_terminate_backend) while
 * readers read: every read still answers, none with a 5xx; a write that cannot complete is a 503
 * with Retry-After, never a 500, and a write that was acknowledged is there afterwards.
 */
const database = testDatabase('annual_report_dbfaults');
const [, huaian] = demoReports;

let instance: Instance;
let documentId: string;

const terminateBackends = () =>
  adminSql(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database.name],
  );

beforeAll(async () => {
  await database.create();
  instance = await startInstance({
    ...database.env,
    // Every read goes to the database.
    CACHE_ENABLED: 'false',
    CREATE_TOKEN: 'true',
  });
  documentId = await publishHuaian(instance);
}, 180_000);

afterAll(async () => {
  await instance?.stop().catch(() => undefined);
  await database.drop();
});

it('backends terminated under read load: no read answers a 5xx', async () => {
  const statuses: number[] = [];
  let running = true;
  const reader = async (n: number) => {
    while (running) {
      const path = n % 2 ? `/api/reports/${documentId}` : '/api/reports?populate=agency';
      statuses.push((await request(instance.url).get(path)).status);
    }
  };
  const readers = Array.from({ length: 6 }, (_, n) => reader(n));
  for (let round = 0; round < 5; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await terminateBackends();
  }
  await new Promise((resolve) => setTimeout(resolve, 700));
  running = false;
  await Promise.all(readers);
  expect(statuses.length).toBeGreaterThan(50);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(new Set(statuses)).toEqual(new Set([200]));
});

it('backends terminated under writes: a write is saved (200) or refused with 503 and Retry-After, never lost', async () => {
  const attempts: Array<{ title: string; status: number; retryAfter?: string; error?: string }> =
    [];
  let running = true;
  const writer = async () => {
    for (let n = 0; running; n += 1) {
      const title = `${huaian.report.title}（第${n}次保存）`;
      const res = await request(instance.url)
        .put(`/api/reports/${documentId}`)
        .set('Authorization', `Bearer ${instance.token}`)
        .send({ data: { title } });
      attempts.push({
        title,
        status: res.status,
        retryAfter: res.headers['retry-after'],
        error: res.body?.error?.message,
      });
    }
  };
  const writing = writer();
  for (let round = 0; round < 4; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await terminateBackends();
  }
  await new Promise((resolve) => setTimeout(resolve, 600));
  running = false;
  await writing;
  expect(attempts.length).toBeGreaterThan(5);
  const unexpected = attempts.filter(
    (a) => !(a.status === 200 || (a.status === 503 && a.retryAfter !== undefined)),
  );
  expect(unexpected).toEqual([]);
  // The last acknowledged write, or one tried after it, is what is stored.
  const lastSaved = attempts.map((a) => a.status).lastIndexOf(200);
  const stored = await request(instance.url).get(`/api/reports/${documentId}`).expect(200);
  expect(attempts.slice(lastSaved).map((a) => a.title)).toContain(stored.body.data.title);
});

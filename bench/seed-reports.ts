import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { demoReports } from '../src/demo';
import { startInstance, type Instance } from '../tests/helpers/instances';

/**
 * `count` published copies of the 2021 demo report, each with an agency of its own, written
 * through the REST API with the instance's token (REST creates publish). Their documentIds.
 */
export const seedReports = async (server: Instance, count: number): Promise<string[]> => {
  const [, huaian] = demoReports;
  const auth = `Bearer ${server.token}`;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const agency = await request(server.url)
      .post('/api/agencies')
      .set('Authorization', auth)
      .send({ data: { ...huaian.agency, name: `${huaian.agency.name}${i}` } })
      .expect(201);
    const report = await request(server.url)
      .post('/api/reports')
      .set('Authorization', auth)
      .send({ data: { ...huaian.report, agency: agency.body.data.documentId } })
      .expect(201);
    ids.push(report.body.data.documentId);
  }
  return ids;
};

/**
 * Strapi for a benchmark: its own process in production mode, on a SQLite file of its own, no
 * demo data, Redis or download limit, with an API token for seeding; `stop` also removes the
 * database.
 */
export const startBenchInstance = async (name: string): Promise<Instance> => {
  const dbFile = path.join(os.tmpdir(), `annual-report-${name}-${process.pid}.db`);
  const server = await startInstance({
    NODE_ENV: 'production',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
    DEMO_DATA: 'false',
    CREATE_TOKEN: 'true',
    REDIS_URL: '',
    // The load comes from one address: the per-client limit of Word and PDF is not measured here.
    OUTPUT_RATE_LIMIT: 'false',
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
    },
  };
};

import crypto from 'crypto';
import request from 'supertest';
import { Client } from 'pg';
import type { Instance } from './instances';
import { clone } from './report-builder';
import { demoReports } from '../../src/demo';

/** The PostgreSQL server the multi-instance and fault tests make their databases on. */
export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A statement run as the server's administrator (create, drop, terminate backends). */
export const adminSql = async (sql: string, params: unknown[] = []) => {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
};

/** A database of the test's own, and the environment of an instance that uses it. */
export const testDatabase = (prefix: string) => {
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  return {
    name,
    create: () => adminSql(`CREATE DATABASE ${name}`),
    drop: () => adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    env: {
      DATABASE_URL: PG_URL.replace(/\/[^/]*$/, `/${name}`),
      DATABASE_CLIENT: 'postgres',
      DATABASE_SCHEMA: 'public',
      DEMO_DATA: 'false',
    },
  };
};

/** 淮安 2024 published through an instance's REST API with its API token; its documentId. */
export const publishHuaian = async (instance: Instance): Promise<string> => {
  const [, huaian] = demoReports;
  const auth = `Bearer ${instance.token}`;
  const agency = await request(instance.url)
    .post('/api/agencies')
    .set('Authorization', auth)
    .send({ data: { ...huaian.agency } })
    .expect(201);
  const report = await request(instance.url)
    .post('/api/reports')
    .set('Authorization', auth)
    .send({ data: { ...clone(huaian.report), agency: agency.body.data.documentId } })
    .expect(201);
  return report.body.data.documentId;
};

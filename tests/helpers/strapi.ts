import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./test-env')();

const appDir = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  /** Stops Strapi and removes its database (SQLite file or PostgreSQL schema). */
  stop(): Promise<void>;
}

/** With DATABASE_URL each test file gets its own PostgreSQL schema; otherwise its own SQLite file. */
const prepareDatabase = async (): Promise<() => Promise<void>> => {
  const id = `t${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA "${id}"`);
    await client.end();
    process.env.DATABASE_CLIENT = 'postgres';
    process.env.DATABASE_SCHEMA = id;
    return async () => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${id}" CASCADE`);
      await c.end();
    };
  }
  const file = path.join(os.tmpdir(), `annual-report-${id}.db`);
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = file;
  return async () => {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  };
};

export const startStrapi = async ({
  demoData = false,
  adminPanel = false,
} = {}): Promise<TestApp> => {
  const dropDatabase = await prepareDatabase();
  process.env.DEMO_DATA = demoData ? 'true' : 'false';
  const strapi = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: adminPanel,
  }).load();
  strapi.server.mount();
  return {
    strapi,
    async stop() {
      await strapi.destroy();
      await dropDatabase();
    },
  };
};

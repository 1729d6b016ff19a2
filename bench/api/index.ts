/**
 * `npm run bench:api [-- --reports 200 --seconds 5 --connections 10]`
 * Seeds N published reports on a throw-away SQLite database, then measures the public API with
 * autocannon, in one run, against the framework's own floor (`/_health`).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import autocannon from 'autocannon';
import { agencyInput, reportInput } from '../../src/api/report/document-input';
import { demoReports } from '../../src/demo';
import { loadStrapi } from '../../scripts/load-strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../tests/helpers/test-env')();

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
  },
});
const reports = Number(values.reports);
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const dbFile = path.join(os.tmpdir(), `annual-report-bench-${process.pid}.db`);

const GRAPHQL_QUERY = `query($id: ID!) { report(documentId: $id) {
  documentId title year format issuedOn agency { name level region address postcode phone }
  sections { key number heading body } tables { key title unit cells note } } }`;

interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  bytes: number;
}

const measure = async (
  name: string,
  url: string,
  init: { method?: string; body?: string } = {},
): Promise<Row> => {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: (init.method ?? 'GET') as 'GET' | 'POST',
    body: init.body,
    headers: init.body ? { 'content-type': 'application/json' } : undefined,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return {
    name,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average / Math.max(result.requests.average, 1),
  };
};

const seed = async (strapi: Awaited<ReturnType<typeof loadStrapi>>) => {
  const [, huaian] = demoReports;
  const ids: string[] = [];
  for (let i = 0; i < reports; i += 1) {
    const agency = await strapi
      .documents('api::agency.agency')
      .create({ data: agencyInput({ ...huaian.agency, name: `${huaian.agency.name}${i}` }) });
    const report = await strapi.documents('api::report.report').create({
      data: reportInput({ ...huaian.report, agency: agency.documentId }),
      status: 'published',
    });
    ids.push(report.documentId);
  }
  return ids;
};

const main = async () => {
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = dbFile;
  process.env.DEMO_DATA = 'false';
  process.env.NODE_ENV = 'production';
  const strapi = await loadStrapi();
  strapi.server.mount();
  try {
    const started = Date.now();
    const ids = await seed(strapi);
    console.log(
      `Seeded ${ids.length} published reports in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const address = strapi.server.httpServer.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const id = ids[Math.floor(ids.length / 2)];

    const rows = [
      await measure('/_health', `${base}/_health`),
      await measure('GET /api/reports/:documentId', `${base}/api/reports/${id}`),
      await measure(
        'GET /api/reports?pagination[pageSize]=25',
        `${base}/api/reports?pagination[pageSize]=25`,
      ),
      await measure('POST /graphql report(documentId)', `${base}/graphql`, {
        method: 'POST',
        body: JSON.stringify({ query: GRAPHQL_QUERY, variables: { id } }),
      }),
    ];
    const floor = rows[0].reqPerSec;
    console.log(
      `\n${reports} reports, ${connections} connections, ${seconds} s each, ${os.cpus().length} cores\n`,
    );
    console.log('| request | req/s | p50 ms | p99 ms | KB/answer | vs /_health |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${row.reqPerSec.toFixed(0)} | ${row.p50} | ${row.p99} | ${(row.bytes / 1024).toFixed(1)} | ${(row.reqPerSec / floor).toFixed(3)} |`,
      );
    }
    fs.writeFileSync(
      path.join(__dirname, 'last.out.json'),
      JSON.stringify({ date: new Date().toISOString(), rows }, null, 2),
    );
  } finally {
    await strapi.destroy();
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

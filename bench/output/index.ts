/**
 * `npm run bench:output [-- --seconds 10 --connections 20 --pdfs 5]`
 * The published outputs against the framework's floor, in one run on this machine: Strapi in a
 * child process (production, SQLite, 20 published reports), the response cache off so that every
 * request renders. req/s of `document`, `html` and `docx` as ratios of `/_health` and of
 * `GET /api/reports/:documentId`; then the time to print one PDF as a ratio of `pdftotext` reading it.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import autocannon from 'autocannon';
import request from 'supertest';
import { seedReports, startBenchInstance } from '../seed-reports';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    pdfs: { type: 'string', default: '5' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const pdfs = Number(values.pdfs);

const reqPerSec = async (base: string, urlPath: string, duration = seconds) => {
  const result = await autocannon({ url: `${base}${urlPath}`, connections, duration });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${urlPath}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return { reqPerSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
};

const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
};

const main = async () => {
  const server = await startBenchInstance('output');
  try {
    const ids = await seedReports(server, 20);
    const id = ids[10];
    await server.call('cache', false);
    const outputs = ['document', 'html', 'docx'];
    for (const kind of [
      '/_health',
      `/api/reports/${id}`,
      ...outputs.map((k) => `/api/annual-report/reports/${id}/${k}`),
    ])
      await reqPerSec(server.url, kind, 3);

    const health = await reqPerSec(server.url, '/_health');
    const rest = await reqPerSec(server.url, `/api/reports/${id}`);
    const rows = [
      { name: '/_health', ...health },
      { name: 'GET /api/reports/:documentId', ...rest },
    ];
    for (const kind of outputs)
      rows.push({
        name: kind,
        ...(await reqPerSec(server.url, `/api/annual-report/reports/${id}/${kind}`)),
      });
    const healthAgain = await reqPerSec(server.url, '/_health');
    const floor = (health.reqPerSec + healthAgain.reqPerSec) / 2;

    console.log(
      `\n${connections} connections, ${os.cpus().length} cores, production, SQLite, cache off\n`,
    );
    console.log('| request | req/s | p50 ms | p99 ms | vs /_health | vs REST report |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const row of rows)
      console.log(
        `| ${row.name} | ${row.reqPerSec.toFixed(0)} | ${row.p50} | ${row.p99} | ${(row.reqPerSec / floor).toFixed(3)} | ${(row.reqPerSec / rest.reqPerSec).toFixed(2)} |`,
      );

    const file = path.join(os.tmpdir(), `annual-report-bench-${process.pid}.pdf`);
    await request(server.url).get(`/api/annual-report/reports/${id}/pdf`).expect(200);
    let printMs = 0;
    let readMs = 0;
    for (let i = 0; i < pdfs; i += 1) {
      const [res, ms] = await timed(() =>
        request(server.url)
          .get(`/api/annual-report/reports/${ids[i]}/pdf`)
          .buffer(true)
          .expect(200),
      );
      printMs += ms;
      fs.writeFileSync(file, res.body as Buffer);
      readMs += (await timed(() => execFileSync('pdftotext', [file, '-'])))[1];
    }
    fs.rmSync(file, { force: true });
    console.log(
      `\nPDF: ${(printMs / pdfs).toFixed(0)} ms to print one (mean of ${pdfs}), pdftotext reads it in ${(readMs / pdfs).toFixed(0)} ms: ratio ${(printMs / readMs).toFixed(1)}×`,
    );
    fs.writeFileSync(
      path.join(__dirname, 'last.out.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          rows,
          floor,
          printMs: printMs / pdfs,
          readMs: readMs / pdfs,
        },
        null,
        2,
      ),
    );
  } finally {
    await server.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

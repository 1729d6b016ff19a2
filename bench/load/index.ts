/**
 * `npm run bench:load [-- --reports 200 --seconds 10 --mixed 60 --connections 50]`
 * Public reads at portal scale, in one run on this machine: Strapi in a child process (production
 * mode, SQLite, N published reports), autocannon here. Each read kind is measured with the response
 * cache off (cold: the snapshot path) and warm; then a mixed run of all kinds for `--mixed` seconds
 * with the server's RSS before and after. Every figure is also given as a ratio of /_health.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import autocannon from 'autocannon';
import { seedReports, startBenchInstance } from '../seed-reports';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    mixed: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
  },
});
const reports = Number(values.reports);
const seconds = Number(values.seconds);
const mixedSeconds = Number(values.mixed);
const connections = Number(values.connections);

interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** The server's RSS once the run is over, MB, and its live heap then (used after a full GC). */
  rssMb?: number;
  liveHeapMb?: number;
}

type Req = { path: string; method?: 'GET' | 'POST'; body?: string };

const measure = async (name: string, base: string, requests: Req[], duration = seconds) => {
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: requests.map((r) => ({
      path: r.path,
      method: r.method ?? 'GET',
      body: r.body,
      headers: r.body ? { 'content-type': 'application/json' } : undefined,
    })),
  });
  return {
    name,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  } satisfies Row;
};

const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

const main = async () => {
  const server = await startBenchInstance('load');
  try {
    const started = Date.now();
    const ids = await seedReports(server, reports);
    console.log(
      `Seeded ${ids.length} published reports in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const id = ids[Math.floor(ids.length / 2)];
    const kinds: Array<[string, Req[]]> = [
      ['one report', [{ path: `/api/reports/${id}` }]],
      ['page of 25', [{ path: '/api/reports?pagination[pageSize]=25' }]],
      ['labeled document', [{ path: `/api/annual-report/reports/${id}/document` }]],
      ['HTML page', [{ path: `/api/annual-report/reports/${id}/html` }]],
      [
        'GraphQL report',
        [
          {
            path: '/graphql',
            method: 'POST',
            body: JSON.stringify({
              query: `{ report(documentId: "${id}") { documentId title year agency { name } sections { key heading body } tables { key cells } } }`,
            }),
          },
        ],
      ],
    ];

    // Warm-up (JIT, SQLite page cache), then the floor measured before and after the others.
    await measure('warm-up', server.url, [{ path: '/_health' }, ...kinds.flatMap(([, r]) => r)], 5);
    const rows: Row[] = [];
    const record = async (row: Row) => {
      const rssMb = rssKb(server.pid) / 1024;
      const memory = (await server.call('memory')) as { heapUsed: number };
      rows.push({ ...row, rssMb, liveHeapMb: memory.heapUsed / 2 ** 20 });
    };
    await record(await measure('/_health', server.url, [{ path: '/_health' }]));
    await server.call('cache', false);
    for (const [name, reqs] of kinds)
      await record(await measure(`${name}, uncached`, server.url, reqs));
    await server.call('cache', true);
    for (const [name, reqs] of kinds) {
      await record(await measure(`${name}, cached`, server.url, reqs));
    }

    const mixed = kinds.flatMap(([, reqs]) => reqs);
    await record(
      await measure(`mixed, cached (${mixedSeconds} s)`, server.url, mixed, mixedSeconds),
    );
    await server.call('cache', false);
    await record(
      await measure(`mixed, uncached (${mixedSeconds} s)`, server.url, mixed, mixedSeconds),
    );

    await record(await measure('/_health, again', server.url, [{ path: '/_health' }]));
    const floor = (rows[0].reqPerSec + rows[rows.length - 1].reqPerSec) / 2;
    console.log(
      `\n${reports} reports, ${connections} connections, ${os.cpus().length} cores, production, SQLite\n`,
    );
    console.log(`(vs /_health: the mean of the two /_health runs, ${floor.toFixed(0)} req/s)\n`);
    console.log(
      '| request | req/s | p50 ms | p99 ms | errors | non-2xx | vs /_health | RSS after, MB | live heap, MB |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${row.reqPerSec.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${(row.reqPerSec / floor).toFixed(3)} | ${row.rssMb?.toFixed(0)} | ${row.liveHeapMb?.toFixed(0)} |`,
      );
    }
    // The mixed runs: the row before them, and theirs.
    const [before, cached, uncached] = rows.slice(-4, -1);
    const growth = (pick: (row: Row) => number | undefined) => {
      const base = pick(before)!;
      return [cached, uncached]
        .map(
          (row) =>
            `${pick(row)!.toFixed(0)} MB (${(((pick(row)! - base) / base) * 100).toFixed(1)}%)`,
        )
        .join(' then ');
    };
    console.log(
      `\nServer RSS over the mixed runs: ${before.rssMb!.toFixed(0)} MB before, ${growth((row) => row.rssMb)}; live heap (after a full GC): ${before.liveHeapMb!.toFixed(0)} MB before, ${growth((row) => row.liveHeapMb)}`,
    );
    fs.writeFileSync(
      path.join(__dirname, 'last.out.json'),
      JSON.stringify({ date: new Date().toISOString(), rows }, null, 2),
    );
    if (rows.some((row) => row.errors > 0 || row.non2xx > 0)) {
      throw new Error('errors or non-2xx answers under load');
    }
  } finally {
    await server.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

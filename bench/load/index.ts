/**
 * `npm run bench:load [-- --reports 200 --seconds 10 --mixed 60 --connections 50 --floor 5]`
 * Public reads at portal scale, in one run on this machine: Strapi in a child process (production
 * mode, SQLite, N published reports), autocannon here. Each read kind is measured with the response
 * cache off (cold: the snapshot path) and warm; then a mixed run of all kinds for `--mixed` seconds
 * with the server's RSS before and after. Every figure is also given as a ratio of /_health,
 * measured for `--floor` seconds just before and just after it.
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
    floor: { type: 'string', default: '5' },
  },
});
const reports = Number(values.reports);
const seconds = Number(values.seconds);
const mixedSeconds = Number(values.mixed);
const connections = Number(values.connections);
const floorSeconds = Number(values.floor);

interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** The server's RSS and live heap (used) once the run is over, MB, both after a full GC. */
  rssMb?: number;
  liveHeapMb?: number;
  /** The server's process.memoryUsage() then, for last.out.json. */
  memory?: NodeJS.MemoryUsage;
  /** The mean rate of the /_health runs just before and after this one. */
  floor?: number;
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

    // Warm-up of both paths (JIT, SQLite page cache): the first uncached kind measured otherwise
    // pays for compiling the read path.
    const mixed = kinds.flatMap(([, reqs]) => reqs);
    const everything = [{ path: '/_health' }, ...mixed];
    await server.call('cache', false);
    await measure('warm-up, uncached', server.url, everything, 5);
    await server.call('cache', true);
    await measure('warm-up, cached', server.url, everything, 5);
    // The machine is shared and noisy: each kind is measured between two /_health runs, and its
    // ratio is against their mean. RSS and live heap are sampled after a full collection, so
    // garbage not yet collected is not counted as growth.
    const floorRun = () => measure('/_health', server.url, [{ path: '/_health' }], floorSeconds);
    const floors: Row[] = [await floorRun()];
    const rows: Row[] = [];
    const record = async (name: string, reqs: Req[], duration = seconds) => {
      const row = await measure(name, server.url, reqs, duration);
      const memory = (await server.call('memory')) as NodeJS.MemoryUsage;
      floors.push(await floorRun());
      const floor = (floors[floors.length - 2].reqPerSec + floors[floors.length - 1].reqPerSec) / 2;
      rows.push({
        ...row,
        floor,
        rssMb: memory.rss / 2 ** 20,
        liveHeapMb: memory.heapUsed / 2 ** 20,
        memory,
      });
    };
    await server.call('cache', false);
    for (const [name, reqs] of kinds) await record(`${name}, uncached`, reqs);
    await server.call('cache', true);
    for (const [name, reqs] of kinds) await record(`${name}, cached`, reqs);

    await record(`mixed, cached (${mixedSeconds} s)`, mixed, mixedSeconds);
    await server.call('cache', false);
    await record(`mixed, uncached (${mixedSeconds} s)`, mixed, mixedSeconds);

    const floorRates = floors.map((row) => row.reqPerSec);
    console.log(
      `\n${reports} reports, ${connections} connections, ${os.cpus().length} cores, production, SQLite\n`,
    );
    console.log(
      `(vs /_health: the mean of the /_health runs just before and after, ${floorSeconds} s each; ${floors.length} runs, ${Math.min(...floorRates).toFixed(0)}–${Math.max(...floorRates).toFixed(0)} req/s)\n`,
    );
    console.log(
      '| request | req/s | p50 ms | p99 ms | errors | non-2xx | /_health around | vs /_health | RSS after GC, MB | live heap, MB |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${row.reqPerSec.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${row.floor!.toFixed(0)} | ${(row.reqPerSec / row.floor!).toFixed(3)} | ${row.rssMb?.toFixed(0)} | ${row.liveHeapMb?.toFixed(0)} |`,
      );
    }
    // The mixed runs: the row before them, and theirs.
    const [before, cached, uncached] = rows.slice(-3);
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
      `\nServer RSS after a full GC over the mixed runs: ${before.rssMb!.toFixed(0)} MB before, ${growth((row) => row.rssMb)}; live heap (after a full GC): ${before.liveHeapMb!.toFixed(0)} MB before, ${growth((row) => row.liveHeapMb)}`,
    );
    fs.writeFileSync(
      path.join(__dirname, 'last.out.json'),
      JSON.stringify({ date: new Date().toISOString(), rows, floors }, null, 2),
    );
    if ([...rows, ...floors].some((row) => row.errors > 0 || row.non2xx > 0)) {
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

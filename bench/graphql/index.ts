/**
 * `npm run bench:graphql [-- --reports 100 --rounds 3]`
 * How long large anonymous GraphQL requests hold the server, within the limits (README "Limits per
 * request") and beyond them (those answer 400 at once): Strapi in a child process (production,
 * SQLite, N published 2021 reports, the response cache off), one request at a time while
 * `/_health` is asked again and again; a probe's wait is what a concurrent visitor waits.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import { seedReports, startBenchInstance } from '../seed-reports';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
  },
});
const reports = Number(values.reports);
const rounds = Number(values.rounds);

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const LABELED = `documentId title year format formatName preface issuedOn publishedAt contact
  agency { name level levelLabel region address postcode phone email website }
  sections { key number heading body tables }
  tables { key number title unit corner section proseOnly note
    columns { key label group kind unit } rows { key number label level heading values } }`;
const REPORT = `documentId title year format issuedOn preface agency { name level region address }
  sections { key number heading body } tables { key title unit cells note }`;
const CHECKS = `errors warnings rulesVersion
  findings { rule severity path message { zhHans en } basis { zhHans en } expected actual }`;

const shapes = (id: string) => [
  { name: 'one labeled report', query: `{ annualReport(documentId: "${id}") { ${LABELED} } }` },
  {
    name: 'annualReports (25), every field',
    query: `{ annualReports { ${LABELED} } }`,
  },
  {
    name: 'annualReports(limit 100), every field',
    query: `{ annualReports(pagination: { limit: 100 }) { ${LABELED} } }`,
  },
  {
    name: 'reports(limit 100), every field',
    query: `{ reports(pagination: { limit: 100 }) { ${REPORT} } }`,
  },
  {
    name: '20 × annualReport, every field',
    query: aliased(20, `annualReport(documentId: "${id}") { ${LABELED} }`),
  },
  {
    name: '20 × reportChecks, every field',
    query: aliased(20, `reportChecks(documentId: "${id}") { ${CHECKS} } `),
  },
  {
    name: '20 × annualReports (25), every field',
    query: aliased(20, `annualReports { ${LABELED} }`),
  },
  {
    name: '20 × reports(limit 100), every field',
    query: aliased(20, `reports(pagination: { limit: 100 }) { ${REPORT} }`),
  },
  {
    name: '20 × annualReports(limit 100), every field',
    query: aliased(20, `annualReports(pagination: { limit: 100 }) { ${LABELED} }`),
  },
  {
    name: '400 × report (issue 18)',
    query: aliased(400, `report(documentId: "${id}") { ${REPORT} }`),
  },
];

const post = async (base: string, query: string) => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
};

/** The request's time and the longest a `/_health` probe waited meanwhile, ms. */
const measure = async (base: string, query: string) => {
  let done = false;
  let worst = 0;
  const probe = async () => {
    while (!done) {
      const start = performance.now();
      // A new connection each time: a kept-alive one may time out while the server is held.
      await new Promise((resolve, reject) =>
        http
          .get(`${base}/_health`, { agent: false }, (res) => res.resume().on('end', resolve))
          .on('error', reject),
      );
      worst = Math.max(worst, performance.now() - start);
    }
  };
  const timed = async () => {
    const start = performance.now();
    const answer = await post(base, query).finally(() => {
      done = true;
    });
    return { ...answer, ms: performance.now() - start };
  };
  const [answer] = await Promise.all([timed(), probe()]);
  return { ...answer, worstProbeMs: worst };
};

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[numbers.length >> 1];

const main = async () => {
  const server = await startBenchInstance('graphql');
  try {
    const ids = await seedReports(server, reports);
    await server.call('cache', false);
    const rows = [];
    for (const shape of shapes(ids[0])) {
      console.log(shape.name);
      await post(server.url, shape.query);
      const runs = [];
      for (let i = 0; i < rounds; i += 1) runs.push(await measure(server.url, shape.query));
      rows.push({
        name: shape.name,
        status: runs[0].status,
        kb: runs[0].bytes / 1024,
        ms: median(runs.map((run) => run.ms)),
        worstProbeMs: Math.max(...runs.map((run) => run.worstProbeMs)),
      });
    }
    console.log(
      `\n${reports} published reports, ${os.cpus().length} cores, production, SQLite, cache off, ${rounds} rounds\n`,
    );
    console.log('| request | status | KB | median ms | longest /_health wait ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const row of rows)
      console.log(
        `| ${row.name} | ${row.status} | ${row.kb.toFixed(0)} | ${row.ms.toFixed(0)} | ${row.worstProbeMs.toFixed(0)} |`,
      );
    fs.writeFileSync(
      path.join(__dirname, 'last.out.json'),
      JSON.stringify({ date: new Date().toISOString(), reports, rounds, rows }, null, 2),
    );
  } catch (error) {
    console.error(server.output().slice(-3000));
    throw error;
  } finally {
    await server.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

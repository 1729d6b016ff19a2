import { performance } from 'perf_hooks';
import {
  validate,
  type ReportData,
  cn2021,
  gzLegacy,
  type Template,
} from '../../src/plugins/annual-report/shared';
import { haizhu2018 } from '../../src/demo/haizhu-2018';
import { huaian2024 } from '../../src/demo/huaian-2024';
import { filledReport } from '../../tests/helpers/report-builder';

/**
 * validate() against JSON.stringify of the same report, in the same process: the ratio says what
 * checking costs next to the cheapest thing the server does with every report it saves anyway.
 * Target: the full 2021 report checks in under 2× its stringify time.
 *
 * The two are timed in alternating rounds and the medians kept, so that load from other processes
 * hits both alike.
 */

const WARMUP_MS = 500;
const ROUNDS = 9;
const ROUND_MS = 200;

interface Case {
  name: string;
  report: ReportData;
  template: Template;
}

const cases: Case[] = [
  { name: 'seed (海珠 2018, gz-legacy)', report: haizhu2018.report, template: gzLegacy },
  { name: '淮安 2024 (cn-2021)', report: huaian2024.report, template: cn2021 },
  { name: 'cn-2021, every cell filled', report: filledReport(cn2021, 2023), template: cn2021 },
];

// Results go here so that the optimiser cannot drop the work being timed.
let sink = 0;

/** Mean µs per call over `ms` milliseconds. */
function time(run: () => number, ms: number): number {
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i += 1) sink += run();
    calls += 50;
  }
  return ((performance.now() - start) * 1000) / calls;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const rows = cases.map(({ name, report, template }) => {
  const check = () => validate(report, template).length;
  const stringify = () => JSON.stringify(report).length;
  time(check, WARMUP_MS);
  time(stringify, WARMUP_MS);
  const checkUs: number[] = [];
  const stringifyUs: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    checkUs.push(time(check, ROUND_MS));
    stringifyUs.push(time(stringify, ROUND_MS));
  }
  const ratio = median(checkUs.map((us, round) => us / stringifyUs[round]));
  return {
    report: name,
    'µs/validate': median(checkUs).toFixed(1),
    'µs/JSON.stringify': median(stringifyUs).toFixed(1),
    ratio: ratio.toFixed(2),
    findings: validate(report, template).length,
  };
});

console.table(rows);
if (sink < 0) console.log(sink);

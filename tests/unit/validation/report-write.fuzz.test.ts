import fc from 'fast-check';
import { reportWriteSchema } from '../../../src/plugins/annual-report/server/src/validation/report-write';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cellState } from '../../../src/plugins/annual-report/shared/checks/cell-values';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { demoReports } from '../../../src/demo';
import { clone } from '../../helpers/report-builder';

/**
 * Random report shapes thrown at the write schema and the rule engine (seeded, so a failure is
 * reproducible): neither ever throws, every value the schema refuses is named by its path, and
 * every cell value the engine rejects gets a finding on that cell.
 */
const SEED = 20261126;
const RUNS = 300;
const schema = reportWriteSchema(cn2021);
const [, huaian] = demoReports;
const base = () => clone(huaian.report) as unknown as Record<string, unknown>;

const pathOf = (issue: { path: PropertyKey[] }) => issue.path.map(String).join('.');

it('the demo report passes the schema unchanged', () => {
  expect(schema.safeParse(base()).success).toBe(true);
});

it('never throws on anything, and the engine never throws on what the schema lets through', () => {
  fc.assert(
    fc.property(fc.anything({ maxDepth: 6 }), (input) => {
      const parsed = schema.safeParse(input);
      if (parsed.success) {
        expect(() => validate(parsed.data as unknown as ReportData, cn2021)).not.toThrow();
      }
      expect(() => validate(input as ReportData, cn2021)).not.toThrow();
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

/** Where a bad value may be put, and values that are bad there. */
const nested = (levels: number) => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
};
const badText = fc.oneof(
  fc.constant('a\u0000b'),
  fc.constant('\ud800'),
  fc.constant('x'.repeat(5000)),
  fc.integer(),
  fc.constant({ $ne: 'x' }),
);
const applications = huaian.report.tables.findIndex((t) => t.key === 'applications');
const spots: Array<{ path: Array<string | number>; bad: fc.Arbitrary<unknown> }> = [
  { path: ['title'], bad: badText },
  {
    path: ['year'],
    bad: fc.oneof(
      fc.integer({ min: 2101 }),
      fc.integer({ max: 1999 }),
      fc.double({ noNaN: false }).filter((d) => !Number.isInteger(d)),
      fc.constant('二〇二一'),
      fc.constant(null),
    ),
  },
  { path: ['issuedOn'], bad: fc.oneof(fc.constant('yesterday'), fc.constant('2024-13-45')) },
  { path: ['sections', 1, 'heading'], bad: badText },
  { path: ['sections', 2, 'body'], bad: fc.oneof(fc.constant('text'), fc.constant([nested(40)])) },
  { path: ['preface'], bad: fc.oneof(fc.constant(7), fc.constant([nested(40)])) },
  { path: ['tables', 0, 'key'], bad: fc.constantFrom('annex-1', 'appeals', '') },
  {
    path: ['tables', applications, 'cells', 'new', 'total'],
    bad: fc.oneof(
      fc.constantFrom('a\u0000b', '\udc00', true, [1], { n: 1 }),
      fc.string({ minLength: 65, maxLength: 80 }),
    ),
  },
  { path: ['tables', applications, 'cells', 'invented'], bad: fc.constant({ total: 1 }) },
  { path: ['source'], bad: fc.constant(nested(40)) },
];

const setAt = (target: Record<string, unknown>, path: Array<string | number>, value: unknown) => {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
};

it('names the path of every value it refuses', () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 0, max: spots.length - 1 })
        .chain((index) => spots[index].bad.map((bad) => ({ spot: spots[index], bad }))),
      ({ spot, bad }) => {
        const data = base();
        setAt(data, spot.path, bad);
        const parsed = schema.safeParse(data);
        expect(parsed.success).toBe(false);
        const paths = parsed.error!.issues.map(pathOf);
        // A table key made a duplicate is named where the second table of that key stands.
        const expected = spot.path.join('.');
        const named =
          spot.path.at(-1) === 'key'
            ? paths.some((p) => /^tables\.\d+\.key$/.test(p))
            : paths.some((p) => p.startsWith(expected));
        expect(named).toBe(true);
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
});

it('gives every cell value the engine rejects a finding on that cell', () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 2e9 }),
    fc.constant(null),
    fc.string({ maxLength: 4 }),
  );
  fc.assert(
    fc.property(cell, (value) => {
      const data = base() as unknown as ReportData;
      const index = data.tables.findIndex((t) => t.key === 'applications');
      data.tables[index].cells.new['natural-person'] = value as number;
      const findings = validate(data, cn2021);
      const onCell = findings.filter(
        (f) => f.path.join('.') === `tables.${index}.cells.new.natural-person`,
      );
      const state = cellState(value, 'count');
      if (state === 'ok') {
        expect(onCell.every((f) => !/^V/.test(f.rule))).toBe(true);
      } else {
        expect(onCell.map((f) => f.rule)).toContainEqual(expect.stringMatching(/^V[1-6]$/));
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

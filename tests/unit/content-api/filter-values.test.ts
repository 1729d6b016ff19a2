import { filterValueProblem } from '../../../src/content-api/filter-values';
import type { Model } from '../../../src/content-api/model';

/** Models as Strapi describes them, with one attribute of each type a filter compares. */
const report: Model = {
  uid: 'api::report.report',
  options: { draftAndPublish: true },
  attributes: {
    title: { type: 'string' },
    year: { type: 'integer' },
    big: { type: 'biginteger' },
    ratio: { type: 'float' },
    amount: { type: 'decimal' },
    issuedOn: { type: 'date' },
    publishedAt: { type: 'datetime' },
    opensAt: { type: 'time' },
    current: { type: 'boolean' },
    level: { type: 'enumeration' },
    agency: { type: 'relation', target: 'api::agency.agency' },
    tables: { type: 'component', component: 'report.statistic-table' },
  },
};
const agency: Model = {
  uid: 'api::agency.agency',
  attributes: {
    name: { type: 'string' },
    reports: { type: 'relation', target: 'api::report.report' },
  },
};
const table: Model = { uid: 'report.statistic-table', attributes: { rank: { type: 'integer' } } };
const models: Record<string, Model> = {
  [report.uid]: report,
  [agency.uid]: agency,
  [table.uid]: table,
};
const problem = (query: Record<string, unknown>, model = report) =>
  filterValueProblem(query, model, (uid) => models[uid]);
const pathOf = (query: Record<string, unknown>, model = report) => problem(query, model)?.path;

describe('accepts what each type can hold', () => {
  it.each([
    [{ year: { $eq: '2024' } }],
    [{ year: 2024, id: { $in: ['1', 2] } }],
    [{ year: { $between: ['2000', '2100'] }, id: { $gte: '2147483647' } }],
    [{ big: { $eq: '9223372036854775807' } }],
    [{ ratio: { $lt: '1.5e3' }, amount: -0.25 }],
    [{ issuedOn: { $eq: '2024-02-29' } }],
    [{ publishedAt: { $gt: '2024-01-20T08:00:00.000Z' } }],
    [{ publishedAt: '1700000000000' }],
    [{ publishedAt: { $lt: new Date('2024-01-01') } }],
    [{ opensAt: '08:30:00' }],
    [{ current: 'true' }],
    [{ current: { $ne: 0 } }],
    [{ title: { $containsi: 'abc' }, level: { $startsWith: 'x' } }],
    [{ year: { $null: 'true' }, title: { $notNull: false } }],
    [{ $or: [{ year: '2024' }, { $not: { year: { $in: ['2023'] } } }] }],
    [{ agency: '5', tables: { rank: { $gt: '1' } } }],
  ])('%j', (filters) => {
    expect(problem({ filters })).toBeUndefined();
  });
});

describe('names the filter whose value its type cannot hold', () => {
  it.each([
    [{ year: { $eq: 'abc' } }, ['filters', 'year', '$eq']],
    [{ year: 'abc' }, ['filters', 'year']],
    [{ year: { $eq: '2021.5' } }, ['filters', 'year', '$eq']],
    [{ year: { $eq: '99999999999' } }, ['filters', 'year', '$eq']],
    [{ year: { $eq: '1e400' } }, ['filters', 'year', '$eq']],
    [{ year: { $eq: '' } }, ['filters', 'year', '$eq']],
    [{ year: { $between: 'a' } }, ['filters', 'year', '$between']],
    [{ year: { $between: ['1'] } }, ['filters', 'year', '$between']],
    [{ year: { $between: ['1', 'x'] } }, ['filters', 'year', '$between', 1]],
    [{ year: { $in: ['2024', 'x'] } }, ['filters', 'year', '$in', 1]],
    [{ year: { $not: { $lt: 'x' } } }, ['filters', 'year', '$not', '$lt']],
    [{ year: { $contains: '20' } }, ['filters', 'year', '$contains']],
    [{ year: { $null: 'maybe' } }, ['filters', 'year', '$null']],
    [{ id: { $eq: 'abc' } }, ['filters', 'id', '$eq']],
    [{ id: { $eq: '1e3' } }, ['filters', 'id', '$eq']],
    [{ id: { $eq: '2147483648' } }, ['filters', 'id', '$eq']],
    [{ big: { $eq: '9223372036854775808' } }, ['filters', 'big', '$eq']],
    [{ ratio: { $eq: 'x' } }, ['filters', 'ratio', '$eq']],
    [{ amount: { $gt: 'Infinity' } }, ['filters', 'amount', '$gt']],
    [{ issuedOn: { $eq: 'abc' } }, ['filters', 'issuedOn', '$eq']],
    [{ issuedOn: { $eq: '2023-02-29' } }, ['filters', 'issuedOn', '$eq']],
    [{ issuedOn: { $eq: '0000-01-01' } }, ['filters', 'issuedOn', '$eq']],
    [{ issuedOn: { $startsWith: '2024' } }, ['filters', 'issuedOn', '$startsWith']],
    [{ publishedAt: { $eq: 'yesterday' } }, ['filters', 'publishedAt', '$eq']],
    [{ opensAt: '25:00:00' }, ['filters', 'opensAt']],
    [{ current: 'yes' }, ['filters', 'current']],
    [{ $or: [{ year: '2024' }, { year: 'x' }] }, ['filters', '$or', 1, 'year']],
    [{ agency: 'abc' }, ['filters', 'agency']],
    [{ agency: { $in: ['1', 'x'] } }, ['filters', 'agency', '$in', 1]],
    [{ agency: { id: { $eq: '99999999999' } } }, ['filters', 'agency', 'id', '$eq']],
    [
      { agency: { $or: [{ reports: { year: 'x' } }] } },
      ['filters', 'agency', '$or', 0, 'reports', 'year'],
    ],
    [{ tables: { rank: 'x' } }, ['filters', 'tables', 'rank']],
  ])('%j', (filters, path) => {
    expect(pathOf({ filters })).toEqual(path);
  });

  it('says what the type takes', () => {
    expect(problem({ filters: { year: 'abc' } })?.message).toBe(
      'expected a whole number from -2147483648 to 2147483647',
    );
    expect(problem({ filters: { year: { $contains: '2' } } })?.message).toBe(
      '$contains compares text only',
    );
  });

  it('inside populates, at any depth', () => {
    expect(
      pathOf({ populate: { agency: { populate: { reports: { filters: { year: 'x' } } } } } }),
    ).toEqual(['populate', 'agency', 'populate', 'reports', 'filters', 'year']);
    expect(pathOf({ populate: { reports: { filters: { id: 'x' } } } }, agency)).toEqual([
      'populate',
      'reports',
      'filters',
      'id',
    ]);
  });
});

it('leaves attributes it does not know, and text, to Strapi', () => {
  expect(problem({ filters: { unknown: { $eq: 'x' }, title: { $eq: 'x' } } })).toBeUndefined();
  expect(problem({ populate: '*', filters: 'x' })).toBeUndefined();
});

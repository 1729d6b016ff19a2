import { restrictQuery } from '../../../src/content-api/restrict-query';
import type { Model } from '../../../src/content-api/model';

/** Two models as Strapi describes them: agencies (no drafts) have reports (drafts). */
const report: Model = {
  uid: 'api::report.report',
  options: { draftAndPublish: true },
  attributes: {
    title: { type: 'string' },
    cells: { type: 'json' },
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
const table: Model = { uid: 'report.statistic-table', attributes: { cells: { type: 'json' } } };
const models: Record<string, Model> = {
  [report.uid]: report,
  [agency.uid]: agency,
  [table.uid]: table,
};
const getModel = (uid: string) => models[uid];
const PUBLISHED = { publishedAt: { $notNull: true } };

const publicQuery = (query: Record<string, unknown>, model = agency) =>
  restrictQuery(query, model, { getModel, publishedOnly: true });

describe('for readers without draft access', () => {
  it('holds a filter across a relation to published rows, at any depth and in $and/$or', () => {
    expect(
      publicQuery({
        filters: {
          name: { $eq: 'x' },
          reports: { title: { $startsWith: 'a' }, agency: { reports: { title: 'b' } } },
          $or: [{ reports: { title: 'c' } }],
        },
      }).filters,
    ).toEqual({
      name: { $eq: 'x' },
      reports: {
        title: { $startsWith: 'a' },
        agency: { reports: { title: 'b', ...PUBLISHED } },
        ...PUBLISHED,
      },
      $or: [{ reports: { title: 'c', ...PUBLISHED } }],
    });
  });

  it('a publishedAt the caller put into the relation filter can only narrow it', () => {
    const query = publicQuery({ filters: { reports: { publishedAt: { $null: true } } } });
    expect(query.filters).toEqual({
      reports: { $and: [{ publishedAt: { $null: true } }, PUBLISHED] },
    });
  });

  it('joins $or, $and and $not inside a relation filter with the published condition under $and', () => {
    for (const operator of ['$or', '$and']) {
      const query = publicQuery({ filters: { reports: { [operator]: [{ title: 'a' }] } } });
      expect(query.filters).toEqual({
        reports: { $and: [{ [operator]: [{ title: 'a' }] }, PUBLISHED] },
      });
    }
    const query = publicQuery({
      filters: { reports: { $not: { agency: { reports: { title: 'b' } } }, title: 'a' } },
    });
    expect(query.filters).toEqual({
      reports: {
        $and: [
          { $not: { agency: { reports: { title: 'b', ...PUBLISHED } } }, title: 'a' },
          PUBLISHED,
        ],
      },
    });
  });

  it('reads a comparison on the relation itself as one on the related id', () => {
    expect(publicQuery({ filters: { reports: { $in: [1, 2] } } }).filters).toEqual({
      reports: { id: { $in: [1, 2] }, ...PUBLISHED },
    });
  });

  it('reads a bare relation value as an id', () => {
    expect(publicQuery({ filters: { reports: 5 } }).filters).toEqual({
      reports: { id: { $eq: 5 }, ...PUBLISHED },
    });
  });

  it('restricts filters inside populates', () => {
    const query = publicQuery(
      { populate: { agency: { filters: { reports: { title: 'x' } } } } },
      report,
    );
    expect(query.populate).toEqual({
      agency: { filters: { reports: { title: 'x', ...PUBLISHED } } },
    });
  });

  it('refuses a sort across a relation into drafts, in every notation', () => {
    for (const sort of [
      'reports.title:asc',
      ['name', 'reports.title'],
      { reports: { title: 'asc' } },
    ]) {
      expect(() => publicQuery({ sort })).toThrow(/reports/);
    }
    expect(() => publicQuery({ sort: 'agency.name:asc' }, report)).not.toThrow();
  });

  it('forces published status and drops publication filters', () => {
    expect(
      publicQuery({ status: 'draft', hasPublishedVersion: 'false', publicationFilter: 'x' }),
    ).toEqual({ status: 'published' });
  });
});

it('lets an API token query drafts as asked, filters untouched', () => {
  const query = { status: 'draft', filters: { reports: { title: 'x' } }, sort: 'reports.title' };
  expect(restrictQuery(query, agency, { getModel, publishedOnly: false })).toEqual(query);
});

it('an API token’s $or inside a relation filter beside a field is joined too', () => {
  const query = { filters: { reports: { $or: [{ title: 'a' }], year: 2024 } } };
  expect(restrictQuery(query, agency, { getModel, publishedOnly: false }).filters).toEqual({
    reports: { $and: [{ $or: [{ title: 'a' }], year: 2024 }] },
  });
});

it('refuses filters on JSON fields for everyone, inside components too', () => {
  for (const publishedOnly of [true, false]) {
    expect(() =>
      restrictQuery({ filters: { tables: { cells: { $contains: '1' } } } }, report, {
        getModel,
        publishedOnly,
      }),
    ).toThrow(/cells/);
  }
});

import { previousReportQuery } from '../../../src/plugins/annual-report/server/src/reports/previous-report-query';

/** GET /annual-report/previous-report reads its query with this schema; a failure is a 400. */

describe('previous-report query', () => {
  it('reads the year as a number and keeps the agency and report ids', () => {
    expect(
      previousReportQuery.parse({ year: '2024', agency: 'abc123', documentId: 'def456' }),
    ).toEqual({ year: 2024, agency: 'abc123', documentId: 'def456' });
    expect(previousReportQuery.parse({ year: '2021', documentId: 'def456' })).toEqual({
      year: 2021,
      documentId: 'def456',
    });
  });

  it.each([
    ['no year', { agency: 'abc' }, 'year'],
    ['a year being typed', { year: '202', agency: 'abc' }, 'year'],
    ['a year out of range', { year: '1999', agency: 'abc' }, 'year'],
    ['a year given twice', { year: ['2024', '2023'], agency: 'abc' }, 'year'],
    ['neither agency nor report', { year: '2024' }, 'agency'],
    ['an agency that is no documentId', { year: '2024', agency: '{"$ne":1}' }, 'agency'],
  ])('refuses %s', (_, query, field) => {
    const result = previousReportQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});

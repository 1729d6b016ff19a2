import { cloneDeep } from 'lodash';
import { findingsFor } from '../../../src/plugins/annual-report/admin/src/live-checks/findings-memo';
import { previousRequest } from '../../../src/plugins/annual-report/admin/src/live-checks/previous-request';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';

/** The panel and the grids share one engine run per form values object. */

const { agency, report } = huaian2024;
const context = { agency, previous: null };
const formValues = (): Record<string, unknown> => {
  const values = cloneDeep(report) as unknown as Record<string, unknown>;
  // The form holds the relation delta, not the agency.
  values.agency = { connect: [], disconnect: [] };
  return values;
};

describe('findingsFor', () => {
  it('runs the engine once per values object', () => {
    const values = formValues();
    const first = findingsFor(values, cn2021, context);
    expect(findingsFor(values, cn2021, context)).toBe(first);
    expect(findingsFor(formValues(), cn2021, context)).not.toBe(first);
    expect(findingsFor(values, cn2021, { agency: null, previous: null })).not.toBe(first);
  });

  it('checks the values with the server’s agency in place of the form’s relation', () => {
    const run = findingsFor(formValues(), cn2021, context);
    expect(run.report.agency).toEqual(agency);
    expect(run.findings).toEqual(validate({ ...report, agency }, cn2021));
  });

  it('reads cells still typed as JSON text, as the server does', () => {
    const values = formValues();
    const tables = values.tables as Array<Record<string, unknown>>;
    const applications = tables.find((table) => table.key === 'applications')!;
    const cells = cloneDeep(applications.cells) as Record<string, Record<string, number>>;
    cells.new.total = 3120;
    applications.cells = JSON.stringify(cells);
    const run = findingsFor(values, cn2021, context);
    expect(run.findings.map((finding) => finding.rule)).toContain('T3-1');
    expect(run.summary.errors).toBe(
      run.findings.filter((finding) => finding.severity === 'error' && !finding.cells).length,
    );

    applications.cells = '{"new": {"total": 31';
    const typing = findingsFor({ ...values }, cn2021, context);
    expect(typing.findings.some((finding) => finding.rule === 'V1' && finding.cells)).toBe(true);
  });
});

describe('previousRequest', () => {
  const picked = {
    connect: [{ id: 7, apiData: { id: 7, documentId: 'agency-b' } }],
    disconnect: [],
  };

  it('asks nothing while the year is being typed', () => {
    expect(previousRequest({ year: 202, agency: picked }, 'report-a')).toBeNull();
    expect(previousRequest({ year: null, agency: picked }, 'report-a')).toBeNull();
  });

  it('names the agency picked in the form, and the report not to compare with itself', () => {
    expect(previousRequest({ year: 2024, agency: picked }, 'report-a')).toEqual({
      key: 'agency-b|report-a|2024',
      query: { year: '2024', agency: 'agency-b', documentId: 'report-a' },
    });
    expect(previousRequest({ year: 2024, agency: picked }, undefined)?.query).toEqual({
      year: '2024',
      agency: 'agency-b',
    });
  });

  it('lets the stored report name its agency while the form leaves it unchanged', () => {
    expect(
      previousRequest({ year: 2024, agency: { connect: [], disconnect: [] } }, 'report-a')?.query,
    ).toEqual({ year: '2024', documentId: 'report-a' });
  });

  it('asks nothing without an agency', () => {
    expect(
      previousRequest({ year: 2024, agency: { connect: [], disconnect: [] } }, undefined),
    ).toBeNull();
    expect(
      previousRequest({ year: 2024, agency: { connect: [], disconnect: [{ id: 7 }] } }, 'report-a'),
    ).toBeNull();
  });
});

import { cloneDeep } from 'lodash';
import {
  fillFromFindings,
  fillTotals,
  type FillTarget,
} from '../../../src/plugins/annual-report/admin/src/grid/fill-totals';
import { gridLayout } from '../../../src/plugins/annual-report/admin/src/grid/grid-layout';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import type { Finding } from '../../../src/plugins/annual-report/shared/contracts/checks';
import type { Cells, ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';

const report = huaian2024.report;
const indexOf = (key: string) => report.tables.findIndex((table) => table.key === key);
const target = (key: string): FillTarget => {
  const layout = gridLayout(cn2021.tables.find((table) => table.key === key)!);
  return { cellsPath: ['tables', indexOf(key), 'cells'], kind: layout.kind };
};

/** The engine on the report with this table's cells replaced, as the admin runs it. */
const checkWith =
  (key: string) =>
  (cells: Cells): Finding[] => {
    const edited: ReportData = cloneDeep(report);
    edited.tables[indexOf(key)].cells = cells;
    return validate(edited, cn2021);
  };

const APPLICATIONS = 'applications';
const original = report.tables[indexOf(APPLICATIONS)].cells;

/** Huaian's table 三 with its 总计 column, its （七）总计 row and 结转 totals blanked. */
function blanked(): Cells {
  const cells = cloneDeep(original);
  for (const row of Object.values(cells)) row.total = null;
  for (const column of Object.keys(cells.total)) cells.total[column] = null;
  cells['carried-forward']['natural-person'] = null;
  return cells;
}

describe('fill totals', () => {
  it('the demo report’s table 三 is consistent, so blanked totals have one value each', () => {
    expect(indexOf(APPLICATIONS)).toBeGreaterThanOrEqual(0);
    const findings = checkWith(APPLICATIONS)(original);
    expect(findings.filter((f) => /^T3-[123]$/.test(f.rule))).toEqual([]);
  });

  it('refills blanked totals, totals of totals included, to the printed values', () => {
    const cells = blanked();
    const result = fillTotals(cells, checkWith(APPLICATIONS), target(APPLICATIONS));
    expect(result.cells).toEqual(original);
    const blanks = Object.values(cells).flatMap((row) =>
      Object.values(row).filter((value) => value === null),
    );
    expect(result.filled).toBe(blanks.length);
    // The input is not changed: the grid keeps it as the undo snapshot.
    expect(cells).toEqual(blanked());
  });

  it('one pass fills a total of blank totals too, from the sums of their parts', () => {
    const cells = blanked();
    const pass = fillFromFindings(cells, checkWith(APPLICATIONS)(cells), target(APPLICATIONS));
    expect(pass.filled).toBeGreaterThan(0);
    // （七）总计 / 总计 is a total of blank totals: the rules read those as their parts' sums.
    expect(pass.cells.total.total).toBe(original.total.total);
    expect(pass.cells.new.total).toBe(original.new.total);
  });

  it('never overwrites a typed value, even a wrong one', () => {
    const cells = blanked();
    cells.new.total = 9999;
    cells.total['natural-person'] = 1;
    const result = fillTotals(cells, checkWith(APPLICATIONS), target(APPLICATIONS));
    expect(result.cells.new.total).toBe(9999);
    expect(result.cells.total['natural-person']).toBe(1);
    expect(result.cells['carried-over'].total).toBe(original['carried-over'].total);
  });

  it('fills table 四’s group totals from their outcomes', () => {
    const APPEALS = 'appeals';
    const cells = cloneDeep(report.tables[indexOf(APPEALS)].cells);
    const expected = cloneDeep(cells);
    for (const column of ['review-total', 'direct-suit-total', 'after-review-suit-total']) {
      cells.cases[column] = null;
    }
    const result = fillTotals(cells, checkWith(APPEALS), target(APPEALS));
    expect(result.cells).toEqual(expected);
    expect(result.filled).toBe(3);
  });

  it('only error findings with a number fill, and only cells of this table', () => {
    const cells: Cells = {
      new: { total: null, commercial: null, research: null, 'other-org': null },
    };
    const at = (column: string, table = 4) => ['tables', table, 'cells', 'new', column];
    const findings: Finding[] = [
      {
        rule: 'T3-1',
        severity: 'error',
        path: at('total'),
        message: { 'zh-Hans': '', en: '' },
        expected: 5,
        actual: null,
      },
      {
        rule: 'T3-4',
        severity: 'warning',
        path: at('commercial'),
        message: { 'zh-Hans': '', en: '' },
        expected: 2,
        actual: null,
      },
      {
        rule: 'T3-1',
        severity: 'error',
        path: at('research', 5),
        message: { 'zh-Hans': '', en: '' },
        expected: 3,
        actual: null,
      },
      // A negative count is not a value to write.
      {
        rule: 'T3-3',
        severity: 'error',
        path: at('other-org'),
        message: { 'zh-Hans': '', en: '' },
        expected: -1,
        actual: null,
      },
    ];
    const result = fillFromFindings(cells, findings, {
      cellsPath: ['tables', 4, 'cells'],
      kind: () => 'count',
    });
    expect(result.filled).toBe(1);
    expect(result.cells.new).toEqual({
      total: 5,
      commercial: null,
      research: null,
      'other-org': null,
    });
  });

  it('two rules that disagree on a blank cell leave it blank', () => {
    const cells: Cells = { total: { total: null } };
    const finding = (expected: number): Finding => ({
      rule: 'T3-1',
      severity: 'error',
      path: ['tables', 0, 'cells', 'total', 'total'],
      message: { 'zh-Hans': '', en: '' },
      expected,
      actual: null,
    });
    const target0: FillTarget = { cellsPath: ['tables', 0, 'cells'], kind: () => 'count' };
    expect(fillFromFindings(cells, [finding(3), finding(4)], target0).filled).toBe(0);
    expect(fillFromFindings(cells, [finding(3), finding(3)], target0).cells.total.total).toBe(3);
  });
});

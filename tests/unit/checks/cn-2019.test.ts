import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import {
  brief,
  cells,
  clone,
  filledReport,
  previousYearOf,
  tableIndex,
} from '../../helpers/report-builder';

/** As cn-2021, but （六）其他处理 is one data row (so a column's （七）总计 is 19) and table 二 differs. */

const report = filledReport(cn2019, 2020);
const APPLICATIONS = tableIndex(report, 'applications');
const APPEALS = tableIndex(report, 'appeals');
const ACTIVE_RULES = tableIndex(report, 'active-rules');
const at = (table: number, row: string, column: string) => ['tables', table, 'cells', row, column];

describe('cn-2019 rules', () => {
  it('pass on a consistent report, with and without last year', () => {
    expect(validate(report, cn2019)).toEqual([]);
    expect(validate(report, cn2019, { previous: previousYearOf(report, cn2019) })).toEqual([]);
  });

  it('T3-1 and T3-2 count the single （六）其他处理 row', () => {
    const broken = clone(report);
    cells(broken, 'applications')['other-processing'].research = 2;
    expect(brief(validate(broken, cn2019))).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: at(APPLICATIONS, 'other-processing', 'total'),
        expected: 7,
        actual: 6,
      },
      {
        rule: 'T3-2',
        severity: 'error',
        path: at(APPLICATIONS, 'total', 'research'),
        expected: 20,
        actual: 19,
      },
    ]);
  });

  it('T3-3: 一 + 二 = 三（七） + 四', () => {
    const broken = clone(report);
    cells(broken, 'applications').new['natural-person'] = 31;
    expect(brief(validate(broken, cn2019))).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: at(APPLICATIONS, 'new', 'total'),
        expected: 181,
        actual: 180,
      },
      {
        rule: 'T3-3',
        severity: 'error',
        path: at(APPLICATIONS, 'carried-forward', 'natural-person'),
        expected: 13,
        actual: 12,
      },
    ]);
  });

  it('T3-4: 二 equals last year’s 四', () => {
    const previous = previousYearOf(report, cn2019);
    cells(previous, 'applications')['carried-forward'].total = 0;
    expect(brief(validate(report, cn2019, { previous }))).toEqual([
      {
        rule: 'T3-4',
        severity: 'warning',
        path: at(APPLICATIONS, 'carried-over', 'total'),
        expected: 0,
        actual: 6,
      },
    ]);
  });

  it('T4-1: 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
    const broken = clone(report);
    cells(broken, 'appeals').cases['direct-suit-upheld'] = 0;
    expect(brief(validate(broken, cn2019))).toEqual([
      {
        rule: 'T4-1',
        severity: 'error',
        path: at(APPEALS, 'cases', 'direct-suit-total'),
        expected: 3,
        actual: 4,
      },
    ]);
  });

  it('T2-1: 本年新公开数量 ≤ 对外公开总数量 (a warning)', () => {
    const fine = clone(report);
    cells(fine, 'active-rules').regulations['total-published'] = 5;
    expect(validate(fine, cn2019)).toEqual([]);
    const broken = clone(report);
    cells(broken, 'active-rules').regulations['new-published'] = 2;
    const findings = validate(broken, cn2019);
    expect(brief(findings)).toEqual([
      {
        rule: 'T2-1',
        severity: 'warning',
        path: at(ACTIVE_RULES, 'regulations', 'new-published'),
        expected: 1,
        actual: 2,
      },
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '「规章 / 本年新公开数量」应不大于 1（对外公开总数量），实为 2',
    );
  });
});

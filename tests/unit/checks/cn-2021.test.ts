import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import {
  brief,
  cells,
  clone,
  filledReport,
  previousYearOf,
  tableIndex,
} from '../../helpers/report-builder';

/**
 * The filled report has 30 new applications and 1 of everything else per applicant column, so a
 * column's (七)总计 is 21 and its carry-forward 10; each group of table 四 totals 4.
 */

const report = filledReport(cn2021);
const APPLICATIONS = tableIndex(report, 'applications');
const APPEALS = tableIndex(report, 'appeals');
const ACTIVE_RULES = tableIndex(report, 'active-rules');
const at = (table: number, row: string, column: string) => ['tables', table, 'cells', row, column];

describe('cn-2021 rules', () => {
  it('pass on a consistent report, with and without last year', () => {
    expect(validate(report, cn2021)).toEqual([]);
    expect(validate(report, cn2021, { previous: previousYearOf(report, cn2021) })).toEqual([]);
    expect(validate(huaian2024.report, cn2021)).toEqual([]);
  });

  it('T3-1: 总计 is the sum of the six applicant columns, on every row', () => {
    const broken = clone(report);
    cells(broken, 'applications')['other-processing-unpaid-fee']['natural-person'] = 2;
    expect(brief(validate(broken, cn2021))).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: at(APPLICATIONS, 'other-processing-unpaid-fee', 'total'),
        expected: 7,
        actual: 6,
      },
      {
        rule: 'T3-2',
        severity: 'error',
        path: at(APPLICATIONS, 'total', 'natural-person'),
        expected: 22,
        actual: 21,
      },
    ]);
  });

  it('T3-2: （七）总计 is the sum of the outcomes, （六）1–3 included', () => {
    const broken = clone(report);
    cells(broken, 'applications').total.total = 125;
    const findings = validate(broken, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: at(APPLICATIONS, 'total', 'total'),
        expected: 126,
        actual: 125,
      },
      {
        rule: 'T3-2',
        severity: 'error',
        path: at(APPLICATIONS, 'total', 'total'),
        expected: 126,
        actual: 125,
      },
      {
        rule: 'T3-3',
        severity: 'error',
        path: at(APPLICATIONS, 'carried-forward', 'total'),
        expected: 61,
        actual: 60,
      },
    ]);
    expect(findings[1].message).toEqual({
      'zh-Hans': '「（七）总计 / 总计」应为 126（各项办理结果之和），实为 125',
      en: '“（七）总计 / 总计” should be 126 (the sum of the outcomes), but is 125',
    });
  });

  it('T3-3: 一 + 二 = 三（七） + 四, per column, reported on 四', () => {
    const broken = clone(report);
    cells(broken, 'applications')['carried-forward']['legal-services'] = 9;
    expect(brief(validate(broken, cn2021))).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: at(APPLICATIONS, 'carried-forward', 'total'),
        expected: 59,
        actual: 60,
      },
      {
        rule: 'T3-3',
        severity: 'error',
        path: at(APPLICATIONS, 'carried-forward', 'legal-services'),
        expected: 10,
        actual: 9,
      },
    ]);
  });

  it('T3-4: 二 equals last year’s 四 (a warning, only with last year’s report)', () => {
    const previous = previousYearOf(report, cn2021);
    cells(previous, 'applications')['carried-forward']['other-org'] = 4;
    expect(brief(validate(report, cn2021, { previous }))).toEqual([
      {
        rule: 'T3-4',
        severity: 'warning',
        path: at(APPLICATIONS, 'carried-over', 'other-org'),
        expected: 4,
        actual: 1,
      },
    ]);
    expect(validate(report, cn2021, { previous: null })).toEqual([]);
  });

  it('T3-4 is skipped where last year’s cell is blank', () => {
    const previous = previousYearOf(report, cn2021);
    cells(previous, 'applications')['carried-forward']['other-org'] = null;
    expect(validate(report, cn2021, { previous })).toEqual([]);
  });

  it.each(['review', 'direct-suit', 'after-review-suit'])(
    'T4-1: %s 总计 = 维持 + 纠正 + 其他 + 尚未审结',
    (group) => {
      const broken = clone(report);
      cells(broken, 'appeals').cases[`${group}-pending`] = 2;
      expect(brief(validate(broken, cn2021))).toEqual([
        {
          rule: 'T4-1',
          severity: 'error',
          path: at(APPEALS, 'cases', `${group}-total`),
          expected: 5,
          actual: 4,
        },
      ]);
    },
  );

  it('T2-2: 现行有效 = last year’s 现行有效 + 制发 − 废止 (a warning, only with last year’s report)', () => {
    const previous = previousYearOf(report, cn2021);
    cells(previous, 'active-rules')['normative-documents']['in-force'] = 3;
    const findings = validate(report, cn2021, { previous });
    expect(brief(findings)).toEqual([
      {
        rule: 'T2-2',
        severity: 'warning',
        path: at(ACTIVE_RULES, 'normative-documents', 'in-force'),
        expected: 3,
        actual: 1,
      },
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '「行政规范性文件 / 现行有效件数」应为 3（上一年度现行有效件数加本年制发件数减本年废止件数），实为 1',
    );
    expect(validate(report, cn2021)).toEqual([]);
  });
});

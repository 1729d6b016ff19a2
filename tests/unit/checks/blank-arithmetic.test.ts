import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { summarize } from '../../../src/plugins/annual-report/shared/contracts/checks';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import {
  brief,
  cells,
  clone,
  filledReport,
  previousYearOf,
  tableIndex,
} from '../../helpers/report-builder';

/**
 * Sum rules go through blanks: a blank reads as 0 as long as some cell besides the rule's target
 * is filled, and a blank total gets the value its parts give it instead of a V1.
 * The filled cn-2021 report has 30 new applications and 1 of everything else per applicant column.
 */

const report = filledReport(cn2021);
const APPLICATIONS = tableIndex(report, 'applications');
const APPEALS = tableIndex(report, 'appeals');
const at = (table: number, row: string, column: string) => ['tables', table, 'cells', row, column];

describe('arithmetic through blanks', () => {
  it('a 总计 column printed blank gets one finding per total, with its value, and no V1', () => {
    const blank = clone(report);
    const applications = cells(blank, 'applications');
    for (const row of Object.values(applications)) row.total = null;
    const findings = validate(blank, cn2021);
    const rows = Object.keys(applications);
    expect(brief(findings)).toEqual(
      rows.map((row) => ({
        rule: 'T3-1',
        severity: 'error',
        path: at(APPLICATIONS, row, 'total'),
        expected: { new: 180, total: 126, 'carried-forward': 60 }[row] ?? 6,
        actual: null,
      })),
    );
    expect(findings[0].message['zh-Hans']).toBe(
      '「一、本年新收政府信息公开申请数量 / 总计」为空，应为 180（六类申请人之和）',
    );
  });

  it('a blank part beside filled ones stays V1, and the total is checked with it as 0', () => {
    const blank = clone(report);
    cells(blank, 'appeals').cases['review-pending'] = null;
    const findings = validate(blank, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'T4-1',
        severity: 'error',
        path: at(APPEALS, 'cases', 'review-total'),
        expected: 3,
        actual: 4,
      },
      {
        rule: 'V1',
        severity: 'error',
        path: at(APPEALS, 'cases', 'review-pending'),
        expected: undefined,
        actual: null,
      },
    ]);
    expect(findings[0].message.en).toBe(
      '“行政复议·总计” should be 3 (upheld + corrected + other + pending, blank cells counted as 0), but is 4',
    );
  });

  it('a group whose parts are all blank is not summed: only V1, and no “0 when none” for its total', () => {
    const blank = clone(report);
    const cases = cells(blank, 'appeals').cases;
    for (const outcome of ['upheld', 'corrected', 'other', 'pending']) {
      cases[`direct-suit-${outcome}`] = null;
    }
    const findings = validate(blank, cn2021);
    expect(findings.map(({ rule }) => rule)).toEqual(['V1', 'V1', 'V1', 'V1', 'V1']);
    expect(findings[0].cells).toHaveLength(4);
  });

  it('an invalid cell is never summed', () => {
    const wrong = clone(report);
    (cells(wrong, 'appeals').cases as Record<string, unknown>)['review-pending'] = '一';
    cells(wrong, 'appeals').cases['review-total'] = null;
    expect(brief(validate(wrong, cn2021)).map(({ rule, path }) => ({ rule, path }))).toEqual([
      { rule: 'V2', path: at(APPEALS, 'cases', 'review-pending') },
      { rule: 'V1', path: at(APPEALS, 'cases', 'review-total') },
    ]);
  });

  it('a blank total among the parts of another sum reads as the sum of its own parts', () => {
    const blank = clone(report);
    // (七)总计 of 自然人 is blank: 四 = 一 + 二 − 三(七) is checked with the 21 its parts make.
    // (It used to hold the sum back and say nothing of the 99.)
    cells(blank, 'applications').total['natural-person'] = null;
    cells(blank, 'applications')['carried-forward']['natural-person'] = 99;
    const findings = validate(blank, cn2021);
    expect(brief(findings).map(({ rule, path }) => ({ rule, path }))).toEqual([
      { rule: 'T3-1', path: at(APPLICATIONS, 'carried-forward', 'total') },
      { rule: 'T3-2', path: at(APPLICATIONS, 'total', 'natural-person') },
      { rule: 'T3-3', path: at(APPLICATIONS, 'carried-forward', 'natural-person') },
    ]);
    expect(findings[1]).toMatchObject({ expected: 21, actual: null });
    expect(findings[2]).toMatchObject({ expected: 10, actual: 99 });
  });

  it('gz-legacy: L1 gives 主动公开信息数 its value once; L2 and L6 do not pile on', () => {
    const legacy = filledReport(gzLegacy, 2018);
    cells(legacy, 'annex-1').total.value = null;
    cells(legacy, 'annex-2')['applications-total'].value = null;
    const table = (key: string) => tableIndex(legacy, key);
    const findings = validate(legacy, gzLegacy);
    expect(brief(findings)).toEqual([
      {
        rule: 'L1',
        severity: 'error',
        path: at(table('annex-1'), 'total', 'value'),
        expected: 21,
        actual: null,
      },
      {
        rule: 'L4',
        severity: 'error',
        path: at(table('annex-2'), 'applications-total', 'value'),
        expected: 10,
        actual: null,
      },
    ]);
    expect(summarize(findings)).toMatchObject({ errors: 2, warnings: 0 });
  });

  it('cross-year: this year’s blank is read through, last year’s blank skips the rule', () => {
    const previous = previousYearOf(report, cn2021);
    const blank = clone(report);
    cells(blank, 'active-rules').regulations.repealed = null;
    const rules = tableIndex(blank, 'active-rules');
    expect(
      brief(validate(blank, cn2021, { previous })).map(({ rule, path, expected }) => ({
        rule,
        path,
        expected,
      })),
    ).toEqual([
      { rule: 'T2-2', path: at(rules, 'regulations', 'in-force'), expected: 2 },
      { rule: 'V1', path: at(rules, 'regulations', 'repealed'), expected: undefined },
    ]);
    cells(previous, 'active-rules').regulations['in-force'] = null;
    expect(validate(blank, cn2021, { previous }).map(({ rule }) => rule)).toEqual(['V1']);
  });

  it('never suggests a value a cell cannot hold: it says what is missing instead', () => {
    const previous = previousYearOf(report, cn2021);
    const blank = clone(report);
    const rules = tableIndex(blank, 'active-rules');
    const last = cells(previous, 'active-rules').regulations;
    const now = cells(blank, 'active-rules').regulations;
    // Last year's in force + issued (blank, read as 0) − repealed is below 0.
    now.issued = null;
    now.repealed = Number(last['in-force']) + 1;
    const [finding] = validate(blank, cn2021, { previous }).filter(({ rule }) => rule === 'T2-2');
    expect(finding.path).toEqual(at(rules, 'regulations', 'in-force'));
    expect(finding.expected).toBeUndefined();
    expect(finding.message['zh-Hans']).toMatch(/填什么都不能与同组数字相符.*请先填写空白格/);
    expect(finding.message['zh-Hans']).not.toMatch(/应为 -/);

    // Without a blank, the other cells are named as what must change.
    now.issued = 0;
    const [filled] = validate(blank, cn2021, { previous }).filter(({ rule }) => rule === 'T2-2');
    expect(filled.expected).toBeUndefined();
    expect(filled.message['zh-Hans']).toMatch(/请核对同组其他格$/);
  });
});

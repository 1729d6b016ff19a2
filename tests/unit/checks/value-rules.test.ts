import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { summarize } from '../../../src/plugins/annual-report/shared/contracts/checks';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { brief, cells, filledReport, tableIndex } from '../../helpers/report-builder';

/** V1–V7 follow from the template's tables; no template declares them. */

describe('value rules', () => {
  const report = filledReport(cn2021);
  const applications = tableIndex(report, 'applications');

  it('accept a filled report, 0 included', () => {
    const zero = filledReport(cn2021);
    cells(zero, 'appeals').cases = Object.fromEntries(
      Object.keys(cells(zero, 'appeals').cases).map((key) => [key, 0]),
    );
    expect(validate(zero, cn2021)).toEqual([]);
  });

  it('V1: a blank cell is an error on that cell, and the sums through it read it as 0', () => {
    const blank = filledReport(cn2021);
    cells(blank, 'applications').disclosed.commercial = null;
    const findings = validate(blank, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: ['tables', applications, 'cells', 'disclosed', 'total'],
        expected: 5,
        actual: 6,
      },
      {
        rule: 'T3-2',
        severity: 'error',
        path: ['tables', applications, 'cells', 'total', 'commercial'],
        expected: 20,
        actual: 21,
      },
      {
        rule: 'V1',
        severity: 'error',
        path: ['tables', applications, 'cells', 'disclosed', 'commercial'],
        expected: undefined,
        actual: null,
      },
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '「（一）予以公开 / 总计」应为 5（六类申请人之和，空白格按 0 计），实为 6',
    );
    expect(findings[2].message['zh-Hans']).toBe(
      '「（一）予以公开 / 法人或其他组织·商业企业」为空：应填写数字，没有的填 0',
    );
  });

  it('V1: an empty string is blank too', () => {
    const blank = filledReport(cn2021);
    (cells(blank, 'applications').new as Record<string, unknown>).research = '  ';
    expect(
      brief(validate(blank, cn2021))
        .filter(({ rule }) => rule === 'V1')
        .map(({ rule, path }) => ({ rule, path })),
    ).toEqual([{ rule: 'V1', path: ['tables', applications, 'cells', 'new', 'research'] }]);
  });

  it('V1: a blank total beside its filled parts gets its sum rule’s value instead', () => {
    const blank = filledReport(cn2021);
    cells(blank, 'applications').disclosed.total = null;
    const findings = validate(blank, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'T3-1',
        severity: 'error',
        path: ['tables', applications, 'cells', 'disclosed', 'total'],
        expected: 6,
        actual: null,
      },
    ]);
    expect(findings[0].message).toEqual({
      'zh-Hans': '「（一）予以公开 / 总计」为空，应为 6（六类申请人之和）',
      en: '“（一）予以公开 / 总计” is blank; it should be 6 (the sum of the six applicant columns)',
    });
  });

  it('V1: a total whose parts are blank too is not told “0 when there were none”', () => {
    const blank = filledReport(cn2021);
    const appeals = cells(blank, 'appeals').cases;
    for (const key of Object.keys(appeals)) if (key.startsWith('review-')) appeals[key] = null;
    const findings = validate(blank, cn2021);
    const total = findings.find((finding) => finding.path[4] === 'review-total');
    expect(total).toMatchObject({ rule: 'V1', actual: null });
    expect(total?.message['zh-Hans']).toBe(
      '「行政复议·总计」为空：应填写结果维持、结果纠正、其他结果、尚未审结之和',
    );
  });

  it('V1: a table’s blank cells are grouped into one finding on the table, not counted twice', () => {
    const missing = filledReport(cn2021);
    delete cells(missing, 'appeals').cases;
    const appeals = tableIndex(missing, 'appeals');
    const findings = validate(missing, cn2021);
    expect(findings).toHaveLength(16);
    expect(findings.every((finding) => finding.rule === 'V1')).toBe(true);
    const [group, first] = findings;
    expect(group).toMatchObject({
      severity: 'error',
      path: ['tables', appeals],
      message: {
        'zh-Hans': '表格「政府信息公开行政复议、行政诉讼情况」有 15 个空白格',
        en: 'Table “政府信息公开行政复议、行政诉讼情况” has 15 blank cells',
      },
    });
    expect(group.cells).toEqual(findings.slice(1).map((finding) => finding.path));
    expect(first.path).toEqual(['tables', appeals, 'cells', 'cases', 'review-upheld']);
    // Counted as the editor reads them: the table's blanks are one error.
    expect(summarize(findings)).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('V1: one blank cell is not grouped', () => {
    const blank = filledReport(cn2021);
    cells(blank, 'appeals').cases['review-upheld'] = null;
    expect(validate(blank, cn2021).some((finding) => finding.cells)).toBe(false);
  });

  it('V1: a table of the template missing from the report is an error on tables', () => {
    const missing = filledReport(cn2021);
    missing.tables = missing.tables.filter((table) => table.key !== 'active-fees');
    expect(brief(validate(missing, cn2021))).toEqual([
      { rule: 'V1', severity: 'error', path: ['tables'], expected: 'active-fees', actual: null },
    ]);
  });

  it.each([
    ['a string', '22（其中修订16件）', '22（其中修订16件）'],
    ['a numeric string', '12', '12'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a boolean', true, 'true'],
  ])('V2: %s is not a number', (_, content, actual) => {
    const wrong = filledReport(cn2021);
    (cells(wrong, 'active-rules').regulations as Record<string, unknown>).issued = content;
    expect(brief(validate(wrong, cn2021))).toEqual([
      {
        rule: 'V2',
        severity: 'error',
        path: ['tables', tableIndex(wrong, 'active-rules'), 'cells', 'regulations', 'issued'],
        expected: undefined,
        actual,
      },
    ]);
  });

  it('V3: a negative count is an error', () => {
    const negative = filledReport(cn2021);
    cells(negative, 'active-licensing')['administrative-licensing'].decisions = -3;
    const findings = validate(negative, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'V3',
        severity: 'error',
        path: [
          'tables',
          tableIndex(negative, 'active-licensing'),
          'cells',
          'administrative-licensing',
          'decisions',
        ],
        expected: undefined,
        actual: -3,
      },
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '「行政许可 / 本年处理决定数量」不能为负数，实为 -3',
    );
  });

  it('V3: 本年增/减 (delta) may be negative, nothing else in 2019 may', () => {
    const report2019 = filledReport(cn2019);
    expect(cells(report2019, 'active-enforcement')['administrative-penalty'].change).toBe(-2);
    expect(validate(report2019, cn2019)).toEqual([]);
    cells(report2019, 'active-enforcement')['administrative-penalty']['previous-items'] = -2;
    expect(brief(validate(report2019, cn2019)).map(({ rule, path }) => ({ rule, path }))).toEqual([
      {
        rule: 'V3',
        path: [
          'tables',
          tableIndex(report2019, 'active-enforcement'),
          'cells',
          'administrative-penalty',
          'previous-items',
        ],
      },
    ]);
  });

  it('V3: money may not be negative either', () => {
    const negative = filledReport(cn2021);
    cells(negative, 'active-fees')['administrative-fees'].amount = -0.5;
    expect(brief(validate(negative, cn2021)).map(({ rule }) => rule)).toEqual(['V3']);
  });

  it('V4: a count must be whole; money may have decimals', () => {
    const fraction = filledReport(cn2021);
    cells(fraction, 'active-fees')['administrative-fees'].amount = 4068.21;
    expect(validate(fraction, cn2021)).toEqual([]);
    cells(fraction, 'active-enforcement')['administrative-coercion'].decisions = 2.5;
    expect(brief(validate(fraction, cn2021))).toEqual([
      {
        rule: 'V4',
        severity: 'error',
        path: [
          'tables',
          tableIndex(fraction, 'active-enforcement'),
          'cells',
          'administrative-coercion',
          'decisions',
        ],
        expected: undefined,
        actual: 2.5,
      },
    ]);
  });

  it('V4: 2019 procurement amounts (元) are money too', () => {
    const report2019 = filledReport(cn2019);
    cells(report2019, 'active-procurement')['centralized-procurement'].amount = 251000.5;
    expect(validate(report2019, cn2019)).toEqual([]);
  });

  it('never throws on malformed reports', () => {
    const shapes: unknown[] = [
      {},
      null,
      { title: 3, year: '2023', tables: 'x', sections: {} },
      {
        year: 2023,
        tables: [null, 7, { key: 'applications', cells: 'no' }],
        sections: [null, 'x', { key: 5 }],
      },
      {
        year: 2023,
        tables: [{ key: 'applications', cells: { new: 'row' } }],
        sections: [{ key: 'overview', body: 'text' }],
      },
      { year: 2023, preface: 42, issuedOn: 20240101, agency: 'x', sections: [], tables: [] },
    ];
    for (const shape of shapes) {
      expect(() => validate(shape as ReportData, cn2021)).not.toThrow();
      expect(() =>
        validate(shape as ReportData, cn2021, { previous: shape as ReportData }),
      ).not.toThrow();
    }
    const findings = validate(
      { tables: [{ key: 'applications', cells: { new: 'row' } }] } as unknown as ReportData,
      cn2021,
    );
    expect(
      findings.some(
        (finding) => finding.rule === 'V1' && finding.path.join('.') === `tables.0.cells.new.total`,
      ),
    ).toBe(true);
  });

  const only = (report: ReportData) =>
    validate(report, cn2021).map((f) => `${f.rule}:${f.path.slice(1).join('.')}`);

  it('V5: counts above a billion and amounts above 10 billion are out of range', () => {
    const huge = filledReport(cn2021);
    cells(huge, 'applications').new['natural-person'] = 1e303;
    cells(huge, 'active-fees')['administrative-fees'].amount = 2e10;
    const fees = tableIndex(huge, 'active-fees');
    expect(only(huge)).toEqual([
      `V5:${fees}.cells.administrative-fees.amount`,
      `V5:${applications}.cells.new.natural-person`,
    ]);
  });

  it('V5: two overflowing totals never compare equal (no Infinity in the sums)', () => {
    const huge = filledReport(cn2021);
    const row = cells(huge, 'applications').new;
    row['natural-person'] = 9e303;
    row.total = 1e303;
    const findings = validate(huge, cn2021);
    expect(findings.filter((f) => f.rule === 'V5')).toHaveLength(2);
    expect(findings.every((f) => f.expected !== Infinity && f.actual !== Infinity)).toBe(true);
  });

  it('V6: an amount is a whole number of 分: six decimals in 万元, and sums of them are exact', () => {
    // The expectation was two decimals whatever the unit; 万元 amounts are printed to the 分.
    const fen = filledReport(cn2021);
    const fees = cells(fen, 'active-fees')['administrative-fees'];
    for (const amount of [0.1, 2356.418207, 51234.5678]) {
      fees.amount = amount;
      expect(validate(fen, cn2021)).toEqual([]);
    }
    fees.amount = 2356.4182071;
    const findings = validate(fen, cn2021);
    expect(only(fen)).toEqual([
      `V6:${tableIndex(fen, 'active-fees')}.cells.administrative-fees.amount`,
    ]);
    expect(findings[0].message['zh-Hans']).toContain('以万元计最多保留 6 位小数');
  });

  it('V6: an amount in 元 has at most two decimals', () => {
    const report2019 = filledReport(cn2019);
    const table = report2019.tables[tableIndex(report2019, 'active-procurement')];
    const row = Object.keys(table.cells)[0];
    table.cells[row].amount = 0.1;
    expect(validate(report2019, cn2019)).toEqual([]);
    table.cells[row].amount = 0.105;
    expect(brief(validate(report2019, cn2019)).map(({ rule, path }) => ({ rule, path }))).toEqual([
      {
        rule: 'V6',
        path: ['tables', tableIndex(report2019, 'active-procurement'), 'cells', row, 'amount'],
      },
    ]);
  });

  it('V7: a second table of a key, an unknown table, row or column is an error where it stands', () => {
    const doubled = filledReport(cn2021);
    const appeals = doubled.tables[tableIndex(doubled, 'appeals')];
    doubled.tables.push({ ...appeals, cells: { cases: { 'review-total': 999999 } } });
    doubled.tables.push({ key: 'annex-1', cells: {} });
    cells(doubled, 'applications').nonsense = { total: 1 };
    cells(doubled, 'applications').new.nonsense = 1;
    const last = doubled.tables.length - 1;
    expect(only(doubled)).toEqual([
      `V7:${applications}.cells.new.nonsense`,
      `V7:${applications}.cells.nonsense`,
      `V7:${last - 1}.key`,
      `V7:${last}.key`,
    ]);
  });
});

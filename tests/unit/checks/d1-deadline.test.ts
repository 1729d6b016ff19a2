import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import type {
  AgencyLevel,
  ReportData,
} from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';
import { brief, filledReport } from '../../helpers/report-builder';

/** D1: since 2019 departments publish by 1月31日 and governments by 3月31日; before, all by 3月31日. */

function issued(
  template: Template,
  year: number,
  level: AgencyLevel | null,
  issuedOn: string | null,
): ReportData {
  const report = filledReport(template, year);
  report.agency = level ? { name: '测试机关', level } : null;
  report.issuedOn = issuedOn;
  return report;
}

const late = (expected: string, actual: string) => ({
  rule: 'D1',
  severity: 'warning',
  path: ['issuedOn'],
  expected,
  actual,
});

describe('D1 deadline', () => {
  it.each(['prefecture', 'county', 'province', 'township'] as AgencyLevel[])(
    'gives a %s government until 3月31日',
    (level) => {
      expect(validate(issued(cn2021, 2023, level, '2024-03-31'), cn2021)).toEqual([]);
      expect(brief(validate(issued(cn2021, 2023, level, '2024-04-01'), cn2021))).toEqual([
        late('2024-03-31', '2024-04-01'),
      ]);
    },
  );

  it.each(['government_department', 'state_council_department'] as AgencyLevel[])(
    'gives a %s until 1月31日',
    (level) => {
      expect(validate(issued(cn2021, 2023, level, '2024-01-31'), cn2021)).toEqual([]);
      const findings = validate(issued(cn2021, 2023, level, '2024-02-01'), cn2021);
      expect(brief(findings)).toEqual([late('2024-01-31', '2024-02-01')]);
    },
  );

  it('names the agency level in the message', () => {
    const [finding] = validate(issued(cn2021, 2023, 'government_department', '2024-02-01'), cn2021);
    expect(finding.message['zh-Hans']).toBe(
      '发布日期 2024-02-01 晚于截止日期 2024-01-31（政府部门应于次年 1 月 31 日前公布）',
    );
  });

  it('gives everyone until 3月31日 before 2019', () => {
    expect(
      validate(issued(gzLegacy, 2018, 'government_department', '2019-03-01'), gzLegacy),
    ).toEqual([]);
    expect(
      brief(validate(issued(gzLegacy, 2018, 'government_department', '2019-04-01'), gzLegacy)),
    ).toEqual([late('2019-03-31', '2019-04-01')]);
  });

  it('says nothing without a publication date', () => {
    expect(validate(issued(cn2021, 2023, 'government_department', null), cn2021)).toEqual([]);
    expect(validate(issued(cn2021, 2023, 'government_department', 'soon'), cn2021)).toEqual([]);
  });

  it('treats an unknown agency as a government', () => {
    expect(validate(issued(cn2021, 2023, null, '2024-03-01'), cn2021)).toEqual([]);
    expect(brief(validate(issued(cn2021, 2023, null, '2024-05-01'), cn2021))).toEqual([
      late('2024-03-31', '2024-05-01'),
    ]);
  });

  it('warns of a published report without 公开日期 in the national formats, not before', () => {
    const undated = issued(cn2021, 2023, 'prefecture', null);
    expect(validate(undated, cn2021)).toEqual([]);
    expect(brief(validate(undated, cn2021, { published: true }))).toEqual([
      { rule: 'D1', severity: 'warning', path: ['issuedOn'], expected: undefined, actual: null },
    ]);
    const dated = issued(cn2021, 2023, 'prefecture', '2024-03-01');
    expect(validate(dated, cn2021, { published: true })).toEqual([]);
    // Pre-2019 reports come from archives that seldom kept the date.
    const legacy = issued(gzLegacy, 2018, 'county', null);
    expect(validate(legacy, gzLegacy, { published: true })).toEqual([]);
  });
});

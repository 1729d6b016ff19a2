import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { summarize } from '../../../src/plugins/annual-report/shared/contracts/checks';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { brief, tableIndex } from '../../helpers/report-builder';
import { hongze2023 } from '../../fixtures/reports/hongze-2023';

/**
 * 洪泽区 2023 as published: table 四 prints 行政复议 维持 10 + 纠正 1 with a 总计 of 0, and 复议后起诉
 * 维持 5 with a 总计 of 0. Those are its only faults.
 */

describe('洪泽区人民政府 2023', () => {
  const findings = validate(hongze2023, cn2021);
  const appeals = tableIndex(hongze2023, 'appeals');

  it('gives exactly its two T4-1 errors, on the two 总计 cells', () => {
    expect(brief(findings)).toEqual([
      {
        rule: 'T4-1',
        severity: 'error',
        path: ['tables', appeals, 'cells', 'cases', 'review-total'],
        expected: 11,
        actual: 0,
      },
      {
        rule: 'T4-1',
        severity: 'error',
        path: ['tables', appeals, 'cells', 'cases', 'after-review-suit-total'],
        expected: 5,
        actual: 0,
      },
    ]);
  });

  it('says which cell and by how much', () => {
    expect(findings.map((finding) => finding.message)).toEqual([
      {
        'zh-Hans': '「行政复议·总计」应为 11（结果维持、结果纠正、其他结果、尚未审结之和），实为 0',
        en: '“行政复议·总计” should be 11 (upheld + corrected + other + pending), but is 0',
      },
      {
        'zh-Hans':
          '「复议后起诉·总计」应为 5（结果维持、结果纠正、其他结果、尚未审结之和），实为 0',
        en: '“复议后起诉·总计” should be 5 (upheld + corrected + other + pending), but is 0',
      },
    ]);
  });

  it('cannot be published: two errors, no warning', () => {
    expect(summarize(findings)).toMatchObject({ errors: 2, warnings: 0 });
  });
});

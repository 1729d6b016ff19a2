import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { summarize } from '../../../src/plugins/annual-report/shared/contracts/checks';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import { demoReports } from '../../../src/demo';
import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { huaian2024 } from '../../../src/demo/huaian-2024';

/** The demo reports are real published reports whose figures all agree: the checks find nothing. */

describe('demo reports', () => {
  it.each([
    ['海珠区政务管理办公室 2018 (the seed)', haizhu2018, gzLegacy],
    ['淮安市人民政府 2024', huaian2024, cn2021],
  ])('%s gives no finding', (_, { agency, report }, template) => {
    expect(report.format).toBe(template.key);
    expect(validate({ ...report, agency }, template)).toEqual([]);
  });

  it('covers every demo report', () => {
    expect(demoReports).toEqual([haizhu2018, huaian2024]);
  });

  it('summarise to zero errors and zero warnings', () => {
    const summary = summarize(
      validate(huaian2024.report, cn2021),
      new Date('2025-01-20T08:00:00Z'),
    );
    expect(summary).toMatchObject({
      errors: 0,
      warnings: 0,
      checkedAt: '2025-01-20T08:00:00.000Z',
      findings: [],
    });
  });
});

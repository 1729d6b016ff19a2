import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { brief, cells, clone, filledReport, tableIndex } from '../../helpers/report-builder';

/**
 * The filled report has 3 of each 附表1 category (21) published through channels 0 + 10 + 6 + 5,
 * 2 hotspots answered through 5 channels once each, 10 applications (2 per way) and 8 replies (1 each).
 */

const report = filledReport(gzLegacy, 2018);
const at = (table: string, row: string) => [
  'tables',
  tableIndex(report, table),
  'cells',
  row,
  'value',
];

function changed(edit: (copy: typeof report) => void) {
  const copy = clone(report);
  edit(copy);
  return brief(validate(copy, gzLegacy));
}

describe('gz-legacy rules', () => {
  it('pass on a consistent report and on the seed', () => {
    expect(validate(report, gzLegacy)).toEqual([]);
    expect(validate(haizhu2018.report, gzLegacy)).toEqual([]);
  });

  it('L1: 主动公开信息数 = Σ its 7 categories', () => {
    expect(changed((copy) => (cells(copy, 'annex-1').organization.value = 4))).toEqual([
      { rule: 'L1', severity: 'error', path: at('annex-1', 'total'), expected: 22, actual: 21 },
    ]);
  });

  it('L2: Σ channels vs 主动公开信息数 (a warning)', () => {
    expect(changed((copy) => (cells(copy, 'channels').website.value = 11))).toEqual([
      { rule: 'L2', severity: 'warning', path: at('annex-1', 'total'), expected: 22, actual: 21 },
    ]);
  });

  it('L3: 回应 ≤ Σ response channels (a warning)', () => {
    expect(changed((copy) => (cells(copy, 'responses').hotspots.value = 5))).toEqual([]);
    expect(changed((copy) => (cells(copy, 'responses').hotspots.value = 6))).toEqual([
      {
        rule: 'L3',
        severity: 'warning',
        path: at('responses', 'hotspots'),
        expected: 5,
        actual: 6,
      },
    ]);
  });

  it('L4: 申请总数 = Σ its 5 channels', () => {
    expect(changed((copy) => (cells(copy, 'annex-2').online.value = 3))).toEqual([
      {
        rule: 'L4',
        severity: 'error',
        path: at('annex-2', 'applications-total'),
        expected: 11,
        actual: 10,
      },
    ]);
  });

  it('L5: 答复总数 = Σ its 8 categories', () => {
    expect(changed((copy) => (cells(copy, 'annex-2').refused.value = 2))).toEqual([
      {
        rule: 'L5',
        severity: 'error',
        path: at('annex-2', 'replies-total'),
        expected: 9,
        actual: 8,
      },
    ]);
  });

  it('L6: 答复总数 ≤ 申请总数 (a warning)', () => {
    const replies = (agreed: number) => (copy: typeof report) => {
      cells(copy, 'annex-2').agreed.value = agreed;
      cells(copy, 'annex-2')['replies-total'].value = 7 + agreed;
    };
    expect(changed(replies(3))).toEqual([]);
    expect(changed(replies(4))).toEqual([
      {
        rule: 'L6',
        severity: 'warning',
        path: at('annex-2', 'replies-total'),
        expected: 10,
        actual: 11,
      },
    ]);
  });
});

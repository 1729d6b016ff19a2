import { bigramSimilarity } from '../../../src/plugins/annual-report/shared/checks/evaluators/similarity';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import { brief, clone, previousYearOf } from '../../helpers/report-builder';
import { hongze2023 } from '../../fixtures/reports/hongze-2023';

/** C1: this year's prose against the same agency's previous year's, figures masked. */

const report = huaian2024.report;

/** Last year's report of 淮安 with this year's prose, its figures and year changed. */
function copiedLastYear() {
  const previous = previousYearOf(report, cn2021);
  previous.preface = report.preface;
  previous.sections = JSON.parse(
    JSON.stringify(report.sections).replace(/2024/g, '2023').replace(/3119/g, '2877'),
  );
  return previous;
}

describe('C1 similarity', () => {
  it('warns on prose copied from last year, figures changed', () => {
    const findings = validate(report, cn2021, { previous: copiedLastYear() });
    expect(brief(findings)).toEqual([
      { rule: 'C1', severity: 'warning', path: ['sections'], expected: 0.9, actual: 1 },
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '正文与上一年度报告的相似度为 100%（达到 90%），疑似内容雷同',
    );
  });

  it('warns on prose mostly copied', () => {
    const previous = copiedLastYear();
    previous.sections[4].body = [];
    const [finding] = validate(report, cn2021, { previous }).filter((f) => f.rule === 'C1');
    expect(finding.path).toEqual(['sections']);
    expect(finding.actual).toBeGreaterThanOrEqual(0.9);
    expect(finding.actual).toBeLessThan(1);
  });

  it('passes prose written afresh', () => {
    expect(validate(report, cn2021, { previous: previousYearOf(report, cn2021) })).toEqual([]);
    const other = clone(hongze2023);
    expect(validate(report, cn2021, { previous: other }).filter((f) => f.rule === 'C1')).toEqual(
      [],
    );
  });

  it('needs last year’s report, and prose beyond a stub', () => {
    expect(validate(report, cn2021)).toEqual([]);
    const stub = clone(report);
    stub.preface = null;
    stub.sections = stub.sections.map((section) => ({ ...section, body: [] }));
    expect(
      validate(stub, cn2021, { previous: clone(stub) }).filter((f) => f.rule === 'C1'),
    ).toEqual([]);
  });

  it('measures bigram overlap', () => {
    expect(bigramSimilarity('政府信息公开', '政府信息公开')).toBe(1);
    expect(bigramSimilarity('政府信息公开', '行政复议诉讼')).toBe(0);
    expect(bigramSimilarity('甲乙丙丁', '甲乙丙戊')).toBeCloseTo(2 / 3);
  });
});

describe('C1 on the pre-2019 format', () => {
  it("warns when a gz-legacy report repeats last year's text", async () => {
    const { gzLegacy } = await import(
      '../../../src/plugins/annual-report/shared/templates/gz-legacy'
    );
    const { haizhu2018 } = await import('../../../src/demo/haizhu-2018');
    const previous = JSON.parse(JSON.stringify(haizhu2018.report).replace(/2018/g, '2017'));
    const c1 = validate(haizhu2018.report, gzLegacy, { previous }).filter((f) => f.rule === 'C1');
    expect(c1).toEqual([expect.objectContaining({ severity: 'warning', path: ['sections'] })]);
    expect(validate(haizhu2018.report, gzLegacy).filter((f) => f.rule === 'C1')).toEqual([]);
  });
});

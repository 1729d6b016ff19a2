import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import type { Template } from '../../../src/plugins/annual-report/shared/templates/types';
import { brief, clone, filledReport } from '../../helpers/report-builder';

/** S1: the template's required sections present, in order, numbered 一, 二, … without gaps. */

const report = filledReport(cn2021);

describe('S1 sections', () => {
  it('passes when all six are there in order, however the number is punctuated', () => {
    expect(validate(report, cn2021)).toEqual([]);
    const punctuated = clone(report);
    punctuated.sections[0].number = '一、';
    punctuated.sections[1].number = ' 2 ';
    expect(validate(punctuated, cn2021)).toEqual([]);
  });

  it('reports a missing section, and the numbering it leaves behind', () => {
    const missing = clone(report);
    missing.sections = missing.sections.filter((section) => section.key !== 'problems');
    const findings = validate(missing, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections'],
        expected: '五、存在的主要问题及改进情况',
        actual: null,
      },
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections', 4, 'number'],
        expected: '五',
        actual: '六',
      },
    ]);
    expect(findings[0].message['zh-Hans']).toBe('缺少第五部分「五、存在的主要问题及改进情况」');
  });

  it('reports a section out of order', () => {
    const swapped = clone(report);
    [swapped.sections[2], swapped.sections[3]] = [swapped.sections[3], swapped.sections[2]];
    swapped.sections[2].number = '三';
    swapped.sections[3].number = '四';
    const findings = validate(swapped, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections', 3],
        expected: undefined,
        actual: undefined,
      },
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '「收到和处理政府信息公开申请情况」应排在「政府信息公开行政复议、行政诉讼情况」之前',
    );
  });

  it.each([
    ['skips', '四'],
    ['restarts', '一'],
    ['is missing', ''],
  ])('reports numbering that %s', (_, number) => {
    const misnumbered = clone(report);
    misnumbered.sections[2].number = number;
    expect(brief(validate(misnumbered, cn2021))).toEqual([
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections', 2, 'number'],
        expected: '三',
        actual: number,
      },
    ]);
  });

  it('does not require a section the template marks optional', () => {
    const optional: Template = {
      ...cn2021,
      sections: cn2021.sections.map((section) =>
        section.key === 'other' ? { ...section, required: false } : section,
      ),
    };
    const without = clone(report);
    without.sections = without.sections.filter((section) => section.key !== 'other');
    expect(validate(without, optional)).toEqual([]);
  });
});

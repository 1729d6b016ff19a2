import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';
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

  const lost = {
    rule: 'S1',
    severity: 'error',
    path: ['sections'],
    expected: '五、存在的主要问题及改进情况',
    actual: null,
  };

  it('reports a lost heading once, whether the rest keep their numbers or close the gap', () => {
    const missing = clone(report);
    missing.sections = missing.sections.filter((section) => section.key !== 'problems');
    const findings = validate(missing, cn2021);
    expect(brief(findings)).toEqual([lost]);
    expect(findings[0].message['zh-Hans']).toBe('缺少第五部分「五、存在的主要问题及改进情况」');
    missing.sections[4].number = '五';
    expect(brief(validate(missing, cn2021))).toEqual([lost]);
  });

  it('aligns by heading, not key or position: reworded headings of an import still match', () => {
    const imported = clone(report);
    imported.sections = imported.sections
      .filter((section) => section.key !== 'problems')
      .map((section) => ({ ...section, key: '' }));
    imported.sections[3].heading = '因政府信息公开申请行政复议、提起行政诉讼情况';
    imported.sections[4].heading = '其他需要说明的事项';
    expect(brief(validate(imported, cn2021))).toEqual([lost]);
  });

  it('reports parts a report puts before the template’s as not in it, and renumbers nothing', () => {
    const inserted = clone(report);
    const own = (heading: string, number: string) => ({
      key: '',
      number,
      heading,
      body: inserted.sections[0].body,
    });
    inserted.sections = [
      own('工作开展情况', '一'),
      own('重点领域信息公开情况', '二'),
      ...inserted.sections.map((section, index) => ({
        ...section,
        number: ['三', '四', '五', '六', '七', '八'][index],
      })),
    ];
    const findings = validate(inserted, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections', 0],
        expected: '一、总体情况',
        actual: '工作开展情况',
      },
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections', 1],
        expected: '二、主动公开政府信息情况',
        actual: '重点领域信息公开情况',
      },
    ]);
    expect(findings[1].message).toEqual({
      'zh-Hans': '「重点领域信息公开情况」不是本格式的部分：应并入「二、主动公开政府信息情况」',
      en: '“重点领域信息公开情况” is not a part of this format: fold it into “二、主动公开政府信息情况”',
    });
  });

  it('suggests the section a stray heading follows when nothing is alike', () => {
    const extra = clone(report);
    extra.sections.splice(5, 0, {
      key: 'extra',
      number: '六',
      heading: '下一步工作打算',
      body: extra.sections[4].body,
    });
    extra.sections[6].number = '七';
    expect(brief(validate(extra, cn2021))).toEqual([
      {
        rule: 'S1',
        severity: 'error',
        path: ['sections', 5],
        expected: '五、存在的主要问题及改进情况',
        actual: '下一步工作打算',
      },
    ]);
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

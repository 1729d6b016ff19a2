import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { paragraphs } from '../../../src/demo/blocks';
import { brief, clone, filledReport } from '../../helpers/report-builder';

/** K1: address, postcode and phone in the preface or the first section (custom, so a warning). */

const report = filledReport(cn2021);

describe('K1 contact paragraph', () => {
  it('passes with the contact paragraph in the preface or in 一', () => {
    expect(validate(report, cn2021)).toEqual([]);
    const moved = clone(report);
    moved.sections[0].body = [...(moved.sections[0].body ?? []), ...(moved.preface ?? [])];
    moved.preface = paragraphs(['本报告所列数据统计期限自2023年1月1日至2023年12月31日。']);
    expect(validate(moved, cn2021)).toEqual([]);
  });

  it('names what is missing', () => {
    const noPhone = clone(report);
    noPhone.preface = paragraphs([
      '如有疑问，请与本机关联系（地址：人民路1号，邮政编码：100000）。',
    ]);
    const findings = validate(noPhone, cn2021);
    expect(brief(findings)).toEqual([
      { rule: 'K1', severity: 'warning', path: ['preface'], expected: '电话', actual: null },
    ]);
    expect(findings[0].message['zh-Hans']).toBe('前言或第一部分未写明联系方式：缺少电话');
  });

  it('warns when there is no contact paragraph at all', () => {
    const none = clone(report);
    none.preface = null;
    expect(brief(validate(none, cn2021))).toEqual([
      {
        rule: 'K1',
        severity: 'warning',
        path: ['preface'],
        expected: '地址、邮编、电话',
        actual: null,
      },
    ]);
  });
});

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
    none.preface = paragraphs(['本报告所列数据统计期限自2023年1月1日至2023年12月31日。']);
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

  it.each([
    ['海珠 2018', '(地址:广州市海珠区石榴岗路480号;邮政编码:510310;联系电话:020-66662394)'],
    ['淮安 2024', '（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210）'],
    ['湖里 2018', '(地址:厦门市湖里区枋湖南路161号722室,邮编:361009,电话:5722721)'],
    [
      '平潭 2018',
      '（联系地址：平潭综合实验区北厝镇金井湾片区管委会大楼主楼14层；邮 编：350400；电 话：0591-23165385）',
    ],
    ['沭阳发改 2023', '（地址：沭阳县沭城街道苏州东路42号，邮编：223600，电话：0527—83593059）'],
    ['a hotline', '（地址：测试市人民路1号7号楼，邮编：100000，热线：12345）'],
  ])('recognises the contact paragraph of %s by its form', (_, contact) => {
    const real = clone(report);
    real.preface = paragraphs([`如对本报告有疑问，请与本机关联系${contact}。`]);
    expect(validate(real, cn2021)).toEqual([]);
  });

  it('is not fooled by the words: 办公地址 in a sentence, 电话沟通, a 邮编 with no code', () => {
    const words = clone(report);
    words.preface = paragraphs([
      '本年度及时更新办公地址、邮编等信息，通过电话沟通等方式答复申请人，确保渠道畅通。',
    ]);
    const findings = validate(words, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'K1',
        severity: 'warning',
        path: ['preface'],
        expected: '地址、邮编、电话',
        actual: null,
      },
    ]);
    expect(findings[0].message.en).toBe(
      'The preface or first section gives no contact details: address, postcode, phone missing',
    );
  });
});

import {
  advanceYears,
  carriedPreface,
} from '../../../src/plugins/annual-report/shared/next-year/preface';
import { blocksToParagraphs } from '../../../src/plugins/annual-report/shared/checks/blocks-text';
import { demoReports } from '../../../src/demo';
import type { Blocks } from '../../../src/plugins/annual-report/shared/contracts/report';

const paragraphs = (...texts: string[]): Blocks =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

describe('next year’s preface', () => {
  it('advances the report’s year and the publication year, not older ones', () => {
    expect(
      advanceYears('统计期限自2024年1月1日至2024年12月31日，2025年1月公布，2008年施行', 2024),
    ).toBe('统计期限自2025年1月1日至2025年12月31日，2026年1月公布，2008年施行');
    // A number that is not a year of the text stays.
    expect(advanceYears('共2024件', 2024)).toBe('共2024件');
  });

  it('keeps the basis, period, access and contact sentences and leaves out last year’s work', () => {
    const carried = carriedPreface(
      paragraphs(
        '本报告根据《中华人民共和国政府信息公开条例》编制。2024年，我局政务公开工作取得新进展。报告所列数据的统计期限自2024年1月1日至2024年12月31日止。',
        '2024年，全局共主动公开信息300条。',
        '如对本报告有疑问，请与区政务服务中心联系（电话：020-12345678）。',
      ),
      2024,
    );
    expect(blocksToParagraphs(carried)).toEqual([
      '本报告根据《中华人民共和国政府信息公开条例》编制。报告所列数据的统计期限自2025年1月1日至2025年12月31日止。',
      '如对本报告有疑问，请与区政务服务中心联系（电话：020-12345678）。',
    ]);
  });

  it('keeps a paragraph carried whole with its structure (a link stays a link)', () => {
    const withLink: Blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '本报告电子版可在' },
          {
            type: 'link',
            url: 'https://www.example.gov.cn',
            children: [{ type: 'text', text: '区政府网站' }],
          },
          { type: 'text', text: '下载。' },
        ],
      },
    ];
    expect(carriedPreface(withLink, 2024)).toEqual(withLink);
  });

  it('carries the demo reports’ prefaces whole, their years advanced', () => {
    for (const { report } of demoReports) {
      const before = blocksToParagraphs(report.preface);
      const after = blocksToParagraphs(carriedPreface(report.preface, report.year));
      expect(after).toEqual(before.map((text) => advanceYears(text, report.year)));
      expect(after.join('')).not.toContain(`${report.year}年1月1日`);
    }
  });

  it('gives an empty preface for none', () => {
    expect(carriedPreface(null, 2024)).toEqual([]);
  });
});

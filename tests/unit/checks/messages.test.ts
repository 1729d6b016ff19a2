import { en } from '../../../src/plugins/annual-report/shared/checks/messages/en';
import type { CheckMessages } from '../../../src/plugins/annual-report/shared/checks/messages/types';
import { zhHans } from '../../../src/plugins/annual-report/shared/checks/messages/zh-Hans';

/**
 * The engine's messages, one file per language (zod's locales/ model): both languages have every
 * message, and each says it in its own language.
 */
const L = { 'zh-Hans': '六类申请人之和', en: 'the sum of the six applicant columns' };
const SAMPLES: { [K in keyof CheckMessages]: Parameters<CheckMessages[K]> } = {
  missingTable: ['收到和处理政府信息公开申请情况'],
  blankCells: ['收到和处理政府信息公开申请情况', 4],
  blankTotal: ['（七）总计 / 总计', L],
  blank: ['一、本年新收 / 自然人'],
  notANumber: ['一、本年新收 / 自然人', '“abc”'],
  negative: ['一、本年新收 / 自然人', '-1'],
  notAnInteger: ['一、本年新收 / 自然人', '1.5'],
  outOfRange: ['一、本年新收 / 自然人', '1e12', 1e9, 1e10],
  tooManyDecimals: ['本年收费金额', '1.1234567', '万元', 6],
  unknownTable: ['annex-9'],
  repeatedTable: ['政府信息公开行政复议、行政诉讼情况'],
  unknownRow: ['政府信息公开行政复议、行政诉讼情况', 'x'],
  unknownColumn: ['政府信息公开行政复议、行政诉讼情况', 'y'],
  relationFails: ['一、本年新收 / 总计', '=', 3119, L, true, 3120],
  relationBlankTotal: ['一、本年新收 / 总计', 3119, L, false],
  relationNoValue: ['一、本年新收 / 总计', L, true, 2],
  proseDisagrees: ['受理申请3120件。', '3120件', L],
  proseCount: [L, 3119],
  proseShare: [L, L, 44.7],
  sectionMissing: ['三', '收到和处理政府信息公开申请情况'],
  sectionBefore: ['总体情况', '主动公开政府信息情况'],
  sectionAfter: ['其他需要报告的事项', '存在的主要问题及改进情况'],
  sectionFoldInto: ['工作亮点', '总体情况'],
  sectionNumber: [2, '主动公开政府信息情况', '二', '三'],
  emptyPreface: [],
  emptySection: ['一、总体情况'],
  notCovered: ['一、总体情况', [L]],
  noContact: [[L]],
  yearMismatch: ['period', 2023, 2024],
  titleWithoutYear: [2024],
  noIssuedOn: [],
  late: ['2025-04-01', '2025-03-31', L, 3, 31],
  copied: [95, 90],
};
const CJK = /[\u4e00-\u9fff]/;

describe('the engine’s messages', () => {
  it('are the same messages in both languages', () => {
    expect(Object.keys(zhHans).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(Object.keys(SAMPLES) as Array<keyof CheckMessages>)(
    '%s says it in each language',
    (key) => {
      const say = (messages: CheckMessages) =>
        (messages[key] as (...args: unknown[]) => string)(...SAMPLES[key]);
      const zh = say(zhHans);
      const english = say(en);
      expect(zh).toMatch(CJK);
      expect(english).toMatch(/[A-Za-z]{3}/);
      expect(english).not.toBe(zh);
    },
  );
});

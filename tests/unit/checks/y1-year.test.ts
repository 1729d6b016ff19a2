import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { paragraphs } from '../../../src/demo/blocks';
import { brief, clone, COVERAGE, filledReport } from '../../helpers/report-builder';

/** Y1: the report year (2023 here) in the title, the statistics period and the openers of 一. */

const report = filledReport(cn2021, 2023);
/** A body for 一 that still covers the five areas R2 asks for. */
const overview = (texts: string[]) => paragraphs([...texts, ...COVERAGE.overview]);

const y1 = (path: Array<string | number>, actual: number | null) => ({
  rule: 'Y1',
  severity: 'error',
  path,
  expected: 2023,
  actual,
});

describe('Y1 year', () => {
  it('passes when title, period and prose agree', () => {
    expect(report.title).toBe('测试市人民政府2023年政府信息公开工作年度报告');
    expect(validate(report, cn2021)).toEqual([]);
  });

  it('reports a title naming another year', () => {
    const wrong = clone(report);
    wrong.title = '测试市人民政府2022年政府信息公开工作年度报告';
    const findings = validate(wrong, cn2021);
    expect(brief(findings)).toEqual([y1(['title'], 2022)]);
    expect(findings[0].message['zh-Hans']).toBe('标题写的是 2022 年，报告年度为 2023 年');
  });

  it('reports a title naming no year, and reads one in Chinese numerals', () => {
    const none = clone(report);
    none.title = '测试市人民政府政府信息公开工作年度报告';
    expect(brief(validate(none, cn2021))).toEqual([y1(['title'], null)]);
    const chinese = clone(report);
    chinese.title = '测试市人民政府二〇二三年政府信息公开工作年度报告';
    expect(validate(chinese, cn2021)).toEqual([]);
  });

  it('reports a statistics period of another year, once per period', () => {
    const wrong = clone(report);
    wrong.preface = paragraphs([
      '本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。地址：人民路1号，邮编：100000，电话：010-12345678。',
    ]);
    expect(brief(validate(wrong, cn2021))).toEqual([y1(['preface'], 2022)]);
  });

  it('checks a period stated in 一 too', () => {
    const wrong = clone(report);
    wrong.sections[0].body = overview([
      '2023年，本机关统计期限为 2023 年 1 月 1 日至 2024 年 12 月 31 日。',
    ]);
    expect(brief(validate(wrong, cn2021))).toEqual([y1(['sections', 0, 'body'], 2024)]);
  });

  it.each([
    ['2022年，本机关认真贯彻落实《条例》。'],
    ['（一）主动公开情况。2022 年，本机关主动公开政府信息。'],
  ])('warns of a paragraph of 一 opening on another year: %s', (text) => {
    const wrong = clone(report);
    wrong.sections[0].body = overview(['2023年，本机关认真贯彻落实《条例》。', text]);
    // A warning under the severity policy (it was an error): a paragraph may recall a past year.
    expect(brief(validate(wrong, cn2021))).toEqual([
      { ...y1(['sections', 0, 'body'], 2022), severity: 'warning' },
    ]);
  });

  it('leaves other years in the prose alone', () => {
    const history = clone(report);
    history.sections[0].body = overview([
      '2023年，本机关在2019年出台的制度基础上，落实《2023年政务公开工作要点》。',
    ]);
    history.sections[4].body = paragraphs(['2024年，本机关将进一步加强政务公开。']);
    expect(validate(history, cn2021)).toEqual([]);
  });
});

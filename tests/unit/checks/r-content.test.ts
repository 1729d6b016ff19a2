import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import { paragraphs } from '../../../src/demo/blocks';
import { brief, clone, filledReport } from '../../helpers/report-builder';

/**
 * R1 (error): the preface and every section have content; a section printing a table may hold
 * only the table. R2 (warning, 2021 format): 一 covers the five areas, 六 reports the 信息处理费.
 */

const report = filledReport(cn2021);
const r1 = (path: Array<string | number>) => ({
  rule: 'R1',
  severity: 'error',
  path,
  expected: undefined,
  actual: null,
});

describe('R1 required content', () => {
  it('passes a report with something in every part, tables standing for 二 to 四', () => {
    const tablesOnly = clone(report);
    for (const index of [1, 2, 3]) tablesOnly.sections[index].body = [];
    expect(validate(tablesOnly, cn2021)).toEqual([]);
  });

  it('refuses an empty preface', () => {
    const empty = clone(report);
    empty.preface = paragraphs(['   ']);
    const findings = validate(empty, cn2021);
    expect(brief(findings).filter(({ rule }) => rule === 'R1')).toEqual([r1(['preface'])]);
    expect(findings.find(({ rule }) => rule === 'R1')?.message['zh-Hans']).toBe(
      '前言为空：应写明报告的编制依据、统计期限和联系方式',
    );
  });

  it('refuses a section whose body is empty or punctuation, and accepts “无。”', () => {
    const empty = clone(report);
    empty.sections[4].body = paragraphs(['', '。']);
    const findings = validate(empty, cn2021);
    expect(brief(findings)).toEqual([r1(['sections', 4, 'body'])]);
    expect(findings[0].message['zh-Hans']).toBe(
      '「五、存在的主要问题及改进情况」没有内容：请填写本部分；没有可报告的事项时写明“本年度无……”',
    );
    empty.sections[4].body = paragraphs(['无。']);
    expect(validate(empty, cn2021)).toEqual([]);
  });

  it('needs prose where the tables are only stated in it (gz-legacy 二)', () => {
    const legacy = filledReport(gzLegacy, 2018);
    legacy.sections[1].body = [];
    expect(brief(validate(legacy, gzLegacy))).toEqual([r1(['sections', 1, 'body'])]);
  });

  it('blocks a report whose preface and bodies are all empty', () => {
    const blank = clone(report);
    blank.preface = null;
    blank.sections = blank.sections.map((section) => ({ ...section, body: null }));
    const paths = brief(validate(blank, cn2021))
      .filter(({ rule }) => rule === 'R1')
      .map(({ path }) => path);
    expect(paths).toEqual([
      ['preface'],
      ['sections', 0, 'body'],
      ['sections', 4, 'body'],
      ['sections', 5, 'body'],
    ]);
  });
});

describe('R2 coverage (2021 format)', () => {
  it('warns once when 一 leaves out some of the five areas, naming them', () => {
    const narrow = clone(report);
    narrow.sections[0].body = paragraphs([
      '2023年，本机关认真做好主动公开和依申请公开工作，强化监督保障。',
    ]);
    const findings = validate(narrow, cn2021);
    expect(brief(findings)).toEqual([
      {
        rule: 'R2',
        severity: 'warning',
        path: ['sections', 0, 'body'],
        expected: '政府信息管理、平台建设',
        actual: null,
      },
    ]);
    expect(findings[0].message).toEqual({
      'zh-Hans': '「一、总体情况」未写到：政府信息管理、平台建设',
      en: '“一、总体情况” does not cover: information management, platforms',
    });
  });

  it.each(['本年度未收取信息处理费。', '全年收取信息处理费共计380元。'])(
    'accepts 六 reporting the fee: %s',
    (text) => {
      const fee = clone(report);
      fee.sections[5].body = paragraphs([text]);
      expect(validate(fee, cn2021)).toEqual([]);
    },
  );

  it('warns when 六 does not report the 信息处理费', () => {
    const silent = clone(report);
    silent.sections[5].body = paragraphs(['无其他需要报告的事项。']);
    expect(brief(validate(silent, cn2021))).toEqual([
      {
        rule: 'R2',
        severity: 'warning',
        path: ['sections', 5, 'body'],
        expected: '信息处理费（收取或未收取）',
        actual: null,
      },
    ]);
  });

  it('is asked of the 2021 format only', () => {
    const older = filledReport(cn2019);
    older.sections[0].body = paragraphs(['2023年，本机关认真贯彻落实《条例》。']);
    older.sections[5].body = paragraphs(['无。']);
    expect(validate(older, cn2019)).toEqual([]);
  });
});

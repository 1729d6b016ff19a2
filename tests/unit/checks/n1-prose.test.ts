import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import {
  compilePhrasePattern,
  requiredLiteral,
} from '../../../src/plugins/annual-report/shared/checks/phrase-pattern';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import { paragraphs } from '../../../src/demo/blocks';
import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import { brief, cells, clone, filledReport } from '../../helpers/report-builder';

/** N1: figures the prose states must equal the cells they restate; findings point at the section body. */

function sectionIndex(report: ReportData, key: string): number {
  return report.sections.findIndex((section) => section.key === key);
}

/** The report with `from` replaced by `to` in the prose of section `key` (which must contain it). */
function reworded(report: ReportData, key: string, from: string, to: string): ReportData {
  const copy = clone(report);
  const section = copy.sections[sectionIndex(copy, key)];
  const json = JSON.stringify(section.body);
  expect(json).toContain(from);
  section.body = JSON.parse(json.replace(from, JSON.stringify(to).slice(1, -1)));
  return copy;
}

function withProse(report: ReportData, key: string, text: string): ReportData {
  const copy = clone(report);
  copy.sections[sectionIndex(copy, key)].body = paragraphs([text]);
  return copy;
}

/**
 * A finding of N1. Only a figure named in the form's own words, attached to it, outside a scope
 * (其中…), a negation or a narrowing is an error; every other reading is a warning (docs/rules.md).
 */
const n1 = (
  report: ReportData,
  key: string,
  expected: number,
  actual: number,
  severity: 'error' | 'warning' = 'error',
) => ({
  rule: 'N1',
  severity,
  path: ['sections', sectionIndex(report, key), 'body'],
  expected,
  actual,
});

describe('N1 on the seed (gz-legacy, halfwidth punctuation)', () => {
  const seed = haizhu2018.report;

  it('finds every figure of 二 equal to its cell', () => {
    expect(validate(seed, gzLegacy)).toEqual([]);
  });

  it.each([
    ['主动公开政府信息144条', '主动公开政府信息145条', 144, 145],
    ['组织机构类信息4条', '组织机构类信息5条', 4, 5, 'warning'],
    ['部门文件类信息7条', '部门文件类信息6条', 7, 6, 'warning'],
    ['动态类信息48条', '动态类信息84条', 48, 84, 'warning'],
    ['行政执法类信息8条', '行政执法类信息9条', 8, 9, 'warning'],
    ['办事指南类信息1条', '办事指南类信息2条', 1, 2, 'warning'],
    ['财政预决算信息3条', '财政预决算信息4条', 3, 4, 'warning'],
    ['其他信息73条', '其他信息72条', 73, 72, 'warning'],
    ['通过政府公报发布信息0条', '通过政府公报发布信息1条', 0, 1],
    ['通过政府网站发布信息75条', '通过政府网站发布信息57条', 75, 57],
    ['通过微博微信发布信息37条', '通过微博微信发布信息36条', 37, 36],
    ['通过新闻媒体发布信息32条', '通过新闻媒体发布信息23条', 32, 23],
    ['回应公众关注热点或重大舆情4次', '回应公众关注热点或重大舆情5次', 4, 5],
    ['举办新闻发布会0次', '举办新闻发布会1次', 0, 1],
    ['组织政府网站在线访谈1次', '组织政府网站在线访谈3次', 1, 3],
    ['发布政策解读稿2篇', '发布政策解读稿二十篇', 2, 20],
    ['通过微博微信回应事件3次', '通过微博微信回应事件4次', 3, 4],
    ['其他方式回应事件0次', '其他方式回应事件1次', 0, 1],
  ] as Array<[string, string, number, number, ('error' | 'warning')?]>)(
    '二: “%s” written as “%s”',
    (from, to, expected, actual, severity = 'error') => {
      const report = reworded(seed, 'active', from, to);
      expect(brief(validate(report, gzLegacy))).toEqual([
        n1(report, 'active', expected, actual, severity),
      ]);
    },
  );

  it('三: “未受理政府信息公开申请” states 0 applications (a negation: a warning)', () => {
    const report = clone(seed);
    cells(report, 'annex-2')['applications-total'].value = 2;
    cells(report, 'annex-2').online.value = 2;
    const findings = validate(report, gzLegacy);
    expect(brief(findings)).toEqual([n1(report, 'applications', 2, 0, 'warning')]);
    expect(findings[0].message['zh-Hans']).toBe(
      '正文“本单位2018年未受理政府信息公开申请。”中的 0（未受理） 与表格不符：「申请总数 / 数量」为 2',
    );
  });

  it('五: “未发生…行政复议案件和行政诉讼案件” states 0 reviews and 0 suits', () => {
    const report = clone(seed);
    cells(report, 'annex-3').reviews.value = 1;
    cells(report, 'annex-3').suits.value = 2;
    expect(brief(validate(report, gzLegacy))).toEqual([
      n1(report, 'appeals', 1, 0, 'warning'),
      n1(report, 'appeals', 2, 0, 'warning'),
    ]);
  });

  it('五: a stated number of reviews is checked too', () => {
    const report = withProse(seed, 'appeals', '本单位2018年度发生政府信息公开行政复议案件3件。');
    expect(brief(validate(report, gzLegacy))).toEqual([n1(report, 'appeals', 0, 3)]);
  });
});

describe('N1 on 2021 reports', () => {
  const huaian = huaian2024.report;

  it('finds every figure of 淮安 2024 equal to its cell', () => {
    expect(validate(huaian, cn2021)).toEqual([]);
  });

  it.each([
    ['受理政府信息公开申请3119件', '受理政府信息公开申请3120件', 3119, 3120, 'warning'],
    ['答复3050件', '答复3051件', 3050, 3051, 'warning'],
    ['含上年度结转申请34件', '含上年度结转申请43件', 34, 43],
    ['另有103件顺延到下年度', '另有130件顺延到下年度', 103, 130, 'warning'],
    ['行政复议351件', '行政复议350件', 351, 350],
    ['其中结果维持72件', '其中结果维持27件', 72, 27, 'warning'],
    ['结果纠正64件', '结果纠正46件', 64, 46, 'warning'],
    ['其他结果178件', '其他结果187件', 178, 187, 'warning'],
    ['尚未审结37件', '尚未审结73件', 37, 73, 'warning'],
    ['行政诉讼46件', '行政诉讼64件', 46, 64, 'warning'],
    ['其中结果维持25件', '其中结果维持52件', 25, 52, 'warning'],
    ['结果纠正5件', '结果纠正6件', 5, 6, 'warning'],
    ['其他结果9件', '其他结果8件', 9, 8, 'warning'],
    ['尚未审结7件', '尚未审结6件', 7, 6, 'warning'],
    ['新增公开市政府规章1件', '新增公开市政府规章2件', 1, 2, 'warning'],
  ] as Array<[string, string, number, number, ('error' | 'warning')?]>)(
    '一: “%s” written as “%s”',
    (from, to, expected, actual, severity = 'error') => {
      const report = reworded(huaian, 'overview', from, to);
      expect(brief(validate(report, cn2021))).toEqual([
        n1(report, 'overview', expected, actual, severity),
      ]);
    },
  );

  it('leaves 政策性文件 alone: it is not 行政规范性文件', () => {
    expect(
      validate(reworded(huaian, 'overview', '政策性文件11件', '政策性文件12件'), cn2021),
    ).toEqual([]);
  });

  it('accepts 受理 counting carried-over applications too, as some reports do', () => {
    const report = reworded(
      huaian,
      'overview',
      '受理政府信息公开申请3119件',
      '受理政府信息公开申请3153件',
    );
    expect(validate(report, cn2021)).toEqual([]);
  });

  it('reads numbers across PDF line breaks and spaces', () => {
    const report = reworded(huaian, 'overview', '行政复议351件', '行政复议 351\n 件');
    expect(validate(report, cn2021)).toEqual([]);
    const wrong = reworded(huaian, 'overview', '行政复议351件', '行政复议 315\n 件');
    expect(brief(validate(wrong, cn2021))).toEqual([n1(wrong, 'overview', 351, 315)]);
  });

  it('reads halfwidth punctuation like fullwidth', () => {
    const text =
      '政府信息公开行政复议351件,其中结果维持72件,结果纠正64件,其他结果178件,尚未审结37件;政府信息公开行政诉讼46件.';
    expect(validate(withProse(huaian, 'appeals', text), cn2021)).toEqual([]);
    const wrong = withProse(huaian, 'appeals', text.replace('结果纠正64件', '结果纠正65件'));
    // After 其中 the outcomes are a scope's parts: a warning.
    expect(brief(validate(wrong, cn2021))).toEqual([n1(wrong, 'appeals', 64, 65, 'warning')]);
  });

  describe('on a filled report (180 new applications, 126 answered, 4 reviews)', () => {
    const report = filledReport(cn2021);

    it('reads Chinese numerals', () => {
      expect(
        validate(withProse(report, 'applications', '本年新收政府信息公开申请一百八十件。'), cn2021),
      ).toEqual([]);
      const wrong = withProse(report, 'applications', '本年新收政府信息公开申请一百八十一件。');
      expect(brief(validate(wrong, cn2021))).toEqual([n1(wrong, 'applications', 180, 181)]);
    });

    it('reads “未发生…行政复议” as 0 reviews, a warning', () => {
      const wrong = withProse(report, 'appeals', '本年度未发生政府信息公开行政复议案件。');
      expect(brief(validate(wrong, cn2021))).toEqual([n1(wrong, 'appeals', 4, 0, 'warning')]);
    });

    it.each(['4.8', '4.76', '4.7', '5'])(
      'accepts 予以公开 6 of 126 as %s%% (rounded or truncated)',
      (percent) => {
        expect(
          validate(withProse(report, 'applications', `予以公开6件，占比${percent}%。`), cn2021),
        ).toEqual([]);
      },
    );

    it.each([
      ['4.9', 4.8, 4.9],
      ['6', 5, 6],
    ])('warns of 予以公开 6 of 126 as %s%%', (percent, expected, actual) => {
      const wrong = withProse(report, 'applications', `予以公开6件，占比${percent}％。`);
      const findings = validate(wrong, cn2021);
      expect(brief(findings)).toEqual([n1(wrong, 'applications', expected, actual, 'warning')]);
      expect(findings[0].message['zh-Hans']).toContain(`中的 ${percent}% 与表格不符`);
    });

    it('reads a blank total as the sum of its parts (it used to skip the phrase)', () => {
      const blank = withProse(report, 'applications', '本年新收政府信息公开申请9件。');
      cells(blank, 'applications').new.total = null;
      expect(brief(validate(blank, cn2021))).toEqual([
        expect.objectContaining({ rule: 'T3-1', expected: 180, actual: null }),
        n1(blank, 'applications', 180, 9),
      ]);
      const agreeing = withProse(report, 'applications', '本年新收政府信息公开申请180件。');
      cells(agreeing, 'applications').new.total = null;
      expect(brief(validate(agreeing, cn2021)).map(({ rule }) => rule)).toEqual(['T3-1']);
    });
  });
});

describe('N1 reads every sentence of 淮安 2024 against its tables', () => {
  const huaian = huaian2024.report;
  const check = (text: string, key = 'applications') => {
    const report = withProse(huaian, key, text);
    return { report, findings: validate(report, cn2021) };
  };
  const finding = (
    report: ReportData,
    severity: 'error' | 'warning',
    expected: number,
    actual: number,
    key = 'applications',
  ) => ({ ...n1(report, key, expected, actual), severity });

  it.each([
    '不予公开178件，无法提供781件，不予处理88件，其他处理187件，结转下年度继续办理103件。',
    '予以公开及部分公开1816件，占比59.5%。',
    '予以公开1362件，占44.7%；部分公开454件，占14.9%。',
    '属于行政查询事项105件，本机关不掌握相关政府信息769件，逾期不补正71件。',
    '行政诉讼中，直接起诉26件，复议后起诉20件。',
    '现行有效行政规范性文件66件，本年废止行政规范性文件26件。',
    '行政事业性收费96171.6万元。',
  ])('agrees with “%s”', (text) => {
    expect(check(text).findings).toEqual([]);
  });

  it.each([
    ['不予公开179件。', 178, 179, 'error'],
    ['结转下年度继续办理130件。', 103, 130, 'error'],
    ['复议后起诉21件。', 20, 21, 'error'],
    ['现行有效行政规范性文件67件。', 66, 67, 'error'],
    // Two concepts summed, and a share, are readings of the writer's: warnings.
    ['予以公开及部分公开1817件。', 1816, 1817, 'warning'],
    ['予以公开1362件，占45.7%。', 44.7, 45.7, 'warning'],
  ] as const)('disagrees with “%s”', (text, expected, actual, severity) => {
    const { report, findings } = check(text);
    expect(brief(findings)).toEqual([finding(report, severity, expected, actual)]);
  });

  it('reads 均获维持 as none corrected, other or pending', () => {
    const { report, findings } = check('政府信息公开行政复议351件，均获维持。', 'appeals');
    expect(brief(findings)).toEqual([
      finding(report, 'warning', 64, 0, 'appeals'),
      finding(report, 'warning', 178, 0, 'appeals'),
      finding(report, 'warning', 37, 0, 'appeals'),
    ]);
    expect(findings[0].message['zh-Hans']).toBe(
      '正文“政府信息公开行政复议351件，均获维持。”中的 0（均获维持） 与表格不符：「行政复议·结果纠正」为 64',
    );
  });

  it('warns where the sentence may speak of a sub-unit or the word of two things', () => {
    const narrow = check('市政府办公室代表市政府受理申请12件。');
    expect(brief(narrow.findings)).toEqual([finding(narrow.report, 'warning', 3119, 12)]);
    const ambiguous = check('全年办理政府信息公开申请218件。');
    expect(brief(ambiguous.findings)).toEqual([finding(ambiguous.report, 'warning', 3050, 218)]);
  });

  it('quotes the sentence, a long one up to the figure it disagrees with', () => {
    const report = reworded(huaian, 'overview', '尚未审结7件', '尚未审结8件');
    const findings = validate(report, cn2021);
    expect(brief(findings)).toEqual([n1(report, 'overview', 7, 8, 'warning')]);
    expect(findings[0].message['zh-Hans']).toMatch(
      /^正文“政府信息公开行政复议351件，.*尚未审结8件。”中的 8件 与表格不符/,
    );
    const preamble = '依法依规做好政府信息公开行政复议和行政诉讼的答复、举证和应诉工作'.repeat(5);
    const long = check(`${preamble}，全年政府信息公开行政复议352件。`, 'appeals');
    expect(long.findings[0].message['zh-Hans']).toMatch(/^正文“….*行政复议352件…”中的 352件/);
  });

  it('reads the preface too', () => {
    const report = clone(huaian);
    report.preface = [
      ...(report.preface ?? []),
      ...paragraphs(['本年度新收政府信息公开申请3120件。']),
    ];
    expect(brief(validate(report, cn2021))).toEqual([
      { rule: 'N1', severity: 'error', path: ['preface'], expected: 3119, actual: 3120 },
    ]);
  });
});

describe('phrase patterns', () => {
  it('accept both widths of punctuation and keep quantifiers', () => {
    const { regex, numbers } = compilePhrasePattern('维持{n}件,纠正[^。,]{0,3}{n}件');
    expect(numbers).toBe(2);
    expect('维持1件，纠正为2件'.match(regex)).not.toBeNull();
    expect('维持1件,纠正了为2件'.match(regex)).not.toBeNull();
    expect('维持1件，纠正，2件'.match(regex)).toBeNull();
  });

  it('do not start a number inside another', () => {
    const { regex } = compilePhrasePattern('{n}件顺延');
    expect([...'另有1103件顺延'.matchAll(regex)].map((match) => match.groups?.n0)).toEqual([
      '1103',
    ]);
  });

  it.each([
    ['行政复议(?:案件)?{n}件', '行政复议'],
    ['上年度?结转(?:的)?{n}件', '上年'],
    ['顺延(?<={n}件(?:申请)?顺延)(?:到|至)下一?年度', '顺延'],
    ['(?:受理|收到)(?:各类)?(?:政府信息公开)?申请{n}件', '申请'],
    ['受理|收到', ''],
  ])('know the text every match of %s contains', (pattern, literal) => {
    expect(requiredLiteral(pattern)).toBe(literal);
  });
});

import {
  compileReader,
  type ProseClaim,
} from '../../../src/plugins/annual-report/shared/checks/prose-reader';
import type { ProseVocabulary } from '../../../src/plugins/annual-report/shared/contracts/rules';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';

/** The prose reader: sentence → the claims a reviewer reads in it (concepts, value). */

function vocabularyOf(template: Template): ProseVocabulary {
  const rule = template.rules.find((candidate) => candidate.kind === 'prose');
  if (rule?.kind !== 'prose' || !rule.vocabulary) throw new Error('no vocabulary');
  return rule.vocabulary;
}

const national = compileReader(vocabularyOf(cn2021)).sentence;
const legacy = compileReader(vocabularyOf(gzLegacy)).sentence;

/** Claims as [concepts joined by +, value] and, for a share, the whole. */
const brief = (claims: ProseClaim[]) =>
  claims.map(({ concepts, value, shareOf }) =>
    shareOf ? [concepts.join('+'), value, shareOf.join('+')] : [concepts.join('+'), value],
  );

describe('the prose reader (2021 vocabulary)', () => {
  it.each([
    ['上年结转34件。', [['carried-over', 34]]],
    [
      '本年度收到申请一百八十件，办结一百二十六件。',
      [
        ['received', 180],
        ['total', 126],
      ],
    ],
    [
      '不予公开178件，无法提供781件，不予处理88件，其他处理187件，结转下年度继续办理103件。',
      [
        ['withheld', 178],
        ['unavailable', 781],
        ['not-processed', 88],
        ['other-processing', 187],
        ['carried-forward', 103],
      ],
    ],
    [
      '其中属于国家秘密2件，属于三类内部事务信息8件，本机关不掌握相关政府信息769件，重复申请25件。',
      [
        ['withheld-state-secret', 2],
        ['withheld-internal-affairs', 8],
        ['unavailable-not-held', 769],
        ['not-processed-repeated', 25],
      ],
    ],
    ['另有103件顺延到下年度答复。', [['carried-forward', 103]]],
  ])('reads each table-三 concept: %s', (sentence, claims) => {
    expect(brief(national(sentence))).toEqual(claims);
  });

  it.each([
    ['诉讼4件。', [['suit', 4]]],
    ['行政诉讼数为5件。', [['suit', 5]]],
    ['共有1件行政复议。', [['review', 1]]],
    [
      '其中有2件申请人提起行政复议，1件提起行政诉讼。',
      [
        ['review', 2],
        ['suit', 1],
      ],
    ],
    [
      '行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件。',
      [
        ['review', 351],
        ['review-upheld', 72],
        ['review-corrected', 64],
        ['review-other', 178],
        ['review-pending', 37],
      ],
    ],
    [
      '复议后起诉2件，直接起诉3件。',
      [
        ['after-review-suit', 2],
        ['direct-suit', 3],
      ],
    ],
  ])('reads the appeals groups and their outcomes: %s', (sentence, claims) => {
    expect(brief(national(sentence))).toEqual(claims);
  });

  it.each([
    ['予以公开及部分公开1816件。', [['disclosed+partially-disclosed', 1816]]],
    ['其中予以公开和部分公开共1816件。', [['disclosed+partially-disclosed', 1816]]],
  ])('sums combined concepts: %s', (sentence, claims) => {
    expect(brief(national(sentence))).toEqual(claims);
  });

  it('reads 占X% as a share of 办理结果总计 after the claim it follows', () => {
    expect(brief(national('予以公开1362件，占44.7%；部分公开454件，占比14.9%。'))).toEqual([
      ['disclosed', 1362],
      ['disclosed', 44.7, 'total'],
      ['partially-disclosed', 454],
      ['partially-disclosed', 14.9, 'total'],
    ]);
    expect(brief(national('予以公开及部分公开1816件，占比59.5%。'))).toEqual([
      ['disclosed+partially-disclosed', 1816],
      ['disclosed+partially-disclosed', 59.5, 'total'],
    ]);
    expect(brief(national('办结率100%。'))).toEqual([]);
  });

  it.each([
    [
      '行政复议案件2件，均获维持。',
      [
        ['review', 2],
        ['review-corrected', 0],
        ['review-other', 0],
        ['review-pending', 0],
      ],
    ],
    [
      '行政诉讼案件3件，无被纠错情况。',
      [
        ['suit', 3],
        ['suit-corrected', 0],
        ['suit-other', 0],
        ['suit-pending', 0],
      ],
    ],
    [
      '发生行政复议2件、行政诉讼1件，全部维持。',
      [
        ['review', 2],
        ['suit', 1],
        ['review-corrected', 0],
        ['review-other', 0],
        ['review-pending', 0],
        ['suit-corrected', 0],
        ['suit-other', 0],
        ['suit-pending', 0],
      ],
    ],
    [
      '行政诉讼1件、行政复议2件，均已结案。',
      [
        ['suit', 1],
        ['review', 2],
        ['suit-pending', 0],
        ['review-pending', 0],
      ],
    ],
    ['均获维持。', []],
  ])('reads outcome claims for the groups named before: %s', (sentence, claims) => {
    expect(brief(national(sentence))).toEqual(claims);
  });

  it('takes up the concepts of an earlier clause with 相关案件', () => {
    expect(
      brief(
        national(
          '依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件74件，有力维护了群众合法权益。',
        ),
      ),
    ).toEqual([['review+suit', 74]]);
  });

  it('reads 未发生/未收到 as none of each concept in the clause, lists included', () => {
    expect(brief(national('本年度未发生政府信息公开行政复议、行政诉讼案件。'))).toEqual([
      ['review', 0],
      ['suit', 0],
    ]);
    expect(brief(national('未收到政府信息公开申请，全年开展培训3次。'))).toEqual([['received', 0]]);
  });

  it('reads table 二 by the verb before 规章 / 行政规范性文件, and 收费 in 万元', () => {
    expect(
      brief(
        national(
          '发布行政规范性文件3件，废止规范性文件2件，现行有效规章11件，印发实施行政规范性文件4件。',
        ),
      ),
    ).toEqual([
      ['normative-documents-issued', 3],
      ['normative-documents-repealed', 2],
      ['regulations-in-force', 11],
      ['normative-documents-issued', 4],
    ]);
    expect(brief(national('全年新增公开市政府规章1件、政策性文件11件。'))).toEqual([
      ['regulations-issued', 1],
    ]);
    expect(brief(national('行政事业性收费96171.6万元，行政事业性收费3940元。'))).toEqual([
      ['fees', 96171.6],
      ['fees', 0.394],
    ]);
  });

  it.each([
    // Too far: the number may count something else.
    '受理政府信息公开申请的渠道主要为网上申请和当面申请等多种形式共计12件。',
    // Another clause.
    '受理申请，办理时限均符合规定，12件。',
    // 其他 after 行政诉讼 in a preface is not 其他结果.
    '本报告包括收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况和其他需要报告的事项等六个部分。',
    // 未答复 qualifies the answers; it does not say there were none.
    '当出现超时未答复问题时，及时提醒。',
    // A number before a concept takes it only across a copula.
    '目前已汇集了60个单位的政府信息公开申请。',
    // Approximate.
    '受理申请近100件，答复3000余件。',
    // An ordinal.
    '第一项加第二项之和。',
  ])('reads no claim where the number is not bound to a concept: %s', (sentence) => {
    expect(national(sentence)).toEqual([]);
  });

  it('flags a sentence that may speak of a sub-unit only', () => {
    expect(national('代表市政府受理申请12件。')).toMatchObject([
      { concepts: ['received'], value: 12, narrow: true },
    ]);
    expect(national('全市受理申请12件。')).toMatchObject([{ narrow: false }]);
  });

  it('keeps the statement as written for the finding', () => {
    expect(national('予以公开6件，占比4.8％。').map((claim) => claim.stated)).toEqual([
      '6件',
      '4.8%',
    ]);
    expect(national('行政复议2件，均获维持。').map((claim) => claim.stated)).toEqual([
      '2件',
      '0（均获维持）',
      '0（均获维持）',
      '0（均获维持）',
    ]);
  });
});

describe('the prose reader (gz-legacy vocabulary)', () => {
  it('reads the seed’s breakdowns in halfwidth punctuation', () => {
    expect(
      brief(
        legacy(
          '通过政府公报发布信息0条,通过政府网站发布信息75条,举办新闻发布会0次,发布政策解读稿2篇。',
        ),
      ),
    ).toEqual([
      ['channel-gazette', 0],
      ['channel-website', 75],
      ['press-conferences', 0],
      ['interpretations', 2],
    ]);
  });

  it('reads a name split by its number: 主动公开的2026条政府信息', () => {
    expect(brief(legacy('在管委会网站主动公开的2026条政府信息中，机构职能信息161条。'))).toEqual([
      ['active-total', 2026],
    ]);
  });

  it('does not take information withheld for replies refusing it', () => {
    expect(brief(legacy('其中主动公开信息1027条,不予公开信息1535条。'))).toEqual([
      ['active-total', 1027],
    ]);
  });
});

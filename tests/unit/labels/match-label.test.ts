import { matchLabel } from '../../../src/plugins/annual-report/shared/labels/match-label';
import {
  labelParts,
  normaliseLabel,
} from '../../../src/plugins/annual-report/shared/labels/normalise-label';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';

const applications = cn2021.tables.find((table) => table.key === 'applications')!;
const rowLabels = applications.rows.map((row) => row.label);
const rowKey = (text: string) => {
  const match = matchLabel(text, rowLabels);
  return match && { keys: match.indexes.map((i) => applications.rows[i].key), level: match.level };
};

describe('normaliseLabel', () => {
  it('drops spacing, line breaks, punctuation width, numbering style and note marks', () => {
    expect(normaliseLabel('商业\n企业')).toBe('商业企业');
    expect(normaliseLabel(' （二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(
      normaliseLabel('(二)部分公开(区分处理的,只计这一情形,不计其他情形)'),
    );
    expect(normaliseLabel('3.危及“三安全一稳定”')).toBe('危及三安全一稳定');
    expect(normaliseLabel('其中:1.组织机构')).toBe('组织机构');
    expect(normaliseLabel('行政许可①')).toBe('行政许可');
    expect(normaliseLabel('行政许可（注1）')).toBe('行政许可');
    expect(normaliseLabel('其它')).toBe('其他');
    // 关注 is a word, not a note mark.
    expect(normaliseLabel('回应公众关注')).toBe('回应公众关注');
  });

  it('keeps the numbering apart, by its kind and numeral', () => {
    expect(labelParts('1、属于国家秘密').numbering).toBe(labelParts('1.属于国家秘密').numbering);
    expect(labelParts('１．属于国家秘密').numbering).toBe('list:1');
    expect(labelParts('（六）其他').numbering).toBe('group:六');
    expect(labelParts('三、本年度办理结果').numbering).toBe('top:三');
    expect(labelParts('现行有效件数 (历史累计)').core).toBe('现行有效件数');
    // A decimal is not a numbering.
    expect(labelParts('1.5万元').numbering).toBe('');
  });
});

describe('matchLabel', () => {
  it('matches the labels real forms print for the template’s', () => {
    expect(rowKey('（二）部分公开')).toEqual({ keys: ['partially-disclosed'], level: 'same' });
    expect(rowKey('1、属于国家秘密')).toEqual({ keys: ['withheld-state-secret'], level: 'same' });
    expect(rowKey('四、结转下一年度继续办理')).toEqual({
      keys: ['carried-forward'],
      level: 'variant',
    });
  });

  it('tells rows apart by their numbering when the words are alike', () => {
    expect(rowKey('3.其他')).toEqual({ keys: ['other-processing-other'], level: 'same' });
    // A 2021-era report printing （六）其他处理 as （六）其他 names the heading, not 3.其他.
    expect(rowKey('（六）其他')).toEqual({ keys: ['other-processing'], level: 'variant' });
  });

  it('reads a misprint as a near match only, to be confirmed', () => {
    expect(rowKey('2.其他法律行政止公开')).toEqual({
      keys: ['withheld-prohibited'],
      level: 'near',
    });
    expect(rowKey('（九）其他')?.level).toBe('near');
  });

  it('matches nothing for another label or an empty one', () => {
    expect(rowKey('行政许可')).toBeUndefined();
    expect(rowKey('合计数（件）')).toBeUndefined();
    expect(rowKey('  ')).toBeUndefined();
    expect(matchLabel('行政处罚', ['行政许可', '行政强制'])).toBeUndefined();
  });

  it('gives every candidate of the same label, for the caller to tell apart', () => {
    expect(matchLabel('结果维持', ['结果维持', '结果纠正', '结果维持'])).toEqual({
      indexes: [0, 2],
      level: 'same',
    });
  });
});

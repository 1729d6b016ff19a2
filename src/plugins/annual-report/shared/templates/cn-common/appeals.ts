import type { TemplateColumn, TemplateTable } from '../../contracts/template';

/** Table 四, printed identically in 2019 and 2021: three groups of the same five outcome columns. */

const outcomes = [
  { suffix: 'upheld', label: '结果维持' },
  { suffix: 'corrected', label: '结果纠正' },
  { suffix: 'other', label: '其他结果' },
  { suffix: 'pending', label: '尚未审结' },
  { suffix: 'total', label: '总计' },
];

function outcomeColumns(prefix: string, groups: string[]): TemplateColumn[] {
  return outcomes.map(({ suffix, label }) => ({ key: `${prefix}-${suffix}`, label, groups }));
}

export const appealsTable: TemplateTable = {
  key: 'appeals',
  section: 'appeals',
  title: '政府信息公开行政复议、行政诉讼情况',
  unit: '件',
  columns: [
    ...outcomeColumns('review', ['行政复议']),
    ...outcomeColumns('direct-suit', ['行政诉讼', '未经复议直接起诉']),
    ...outcomeColumns('after-review-suit', ['行政诉讼', '复议后起诉']),
  ],
  // The form prints one unlabeled data row under the header.
  rows: [{ key: 'cases', label: '', level: 0 }],
};

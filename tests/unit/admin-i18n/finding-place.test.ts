import { createIntl } from 'react-intl';
import { findingPlace } from '../../../src/plugins/annual-report/admin/src/checks/findingPlace';
import { zhHans } from '../../../src/admin/translations/zh-Hans';
import { en } from '../../../src/admin/translations/en';
import type { FindingPath } from '../../../src/plugins/annual-report/shared/contracts/checks';

const context = {
  model: 'api::report.report',
  attributes: {
    sections: { type: 'component', component: 'report.section' },
    tables: { type: 'component', component: 'report.statistic-table' },
  },
  values: {
    sections: [{ heading: '总体情况' }, { heading: '' }],
    tables: [{ title: '收到和处理政府信息公开申请情况' }],
  },
};

/** The place as the checks panel prints it in an interface language. */
const place = (path: FindingPath, messages: Record<string, string>) => {
  const { formatMessage } = createIntl({ locale: 'zh-Hans', messages });
  return findingPlace(path, context)
    .map((part) => (typeof part === 'string' ? part : formatMessage(part)))
    .join(' › ');
};

it("names a table cell by the table's title and the fields' labels, keys last", () => {
  const path = ['tables', 0, 'cells', 'new', 'natural'];
  expect(place(path, zhHans)).toBe(
    '统计表 › 收到和处理政府信息公开申请情况 › 数据 › new › natural',
  );
  expect(place(path, en)).toBe(
    'Statistic tables › 收到和处理政府信息公开申请情况 › Figures › new › natural',
  );
});

it('names a section by its heading, or by its position when it has none', () => {
  expect(place(['sections', 0, 'body'], zhHans)).toBe('章节 › 总体情况 › 正文');
  expect(place(['sections', 1, 'heading'], zhHans)).toBe('章节 › 2 › 标题');
});

it('names a field of the report by its label', () => {
  expect(place(['issuedOn'], zhHans)).toBe('公开日期');
  expect(place(['issuedOn'], en)).toBe('Publication date');
});

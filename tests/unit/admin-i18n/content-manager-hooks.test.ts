import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createIntl, IntlProvider } from 'react-intl';
import { DesignSystemProvider } from '@strapi/design-system';
import { fieldHints, type EditLayout } from '../../../src/admin/content-manager/field-hints';
import { enumerationCells } from '../../../src/admin/content-manager/enumeration-cells';
import { filterLabels } from '../../../src/admin/content-manager/filter-labels';
import { zhHans } from '../../../src/admin/translations/zh-Hans';
import { en } from '../../../src/admin/translations/en';

const MESSAGES = { 'zh-Hans': zhHans, en };

/** What the admin prints for a node, in an interface language (its providers, as LanguageProvider). */
const text = (node: React.ReactNode, locale: keyof typeof MESSAGES) =>
  renderToStaticMarkup(
    React.createElement(
      DesignSystemProvider,
      { locale } as never,
      React.createElement(IntlProvider, { locale, messages: MESSAGES[locale] }, node),
    ),
  )
    .replace(/<p role=[^>]*><\/p>/g, '')
    .replace(/<[^>]+>/g, '');

const editLayout = (displayName: string, hint = ''): EditLayout => ({
  layout: [
    [
      [
        { name: 'title', hint },
        { name: 'year', hint: '' },
      ],
      [{ name: 'unknownField' }],
    ],
  ],
  components: {
    'report.section': {
      layout: [
        [
          { name: 'key', hint: '' },
          { name: 'body', hint: '' },
        ],
      ],
    },
    'shared.other': { layout: [[{ name: 'key', hint: '' }]] },
  },
  settings: { displayName },
});

describe('edit view hints (mutate-edit-view-layout)', () => {
  it("gives the report's fields a hint in the interface language", () => {
    const { layout, query } = fieldHints({ layout: editLayout('Annual report'), query: { a: 1 } });
    const [title, year] = layout.layout[0][0];
    expect(text(title.hint, 'zh-Hans')).toContain('报告全称');
    expect(text(title.hint, 'en')).toContain('full title');
    expect(text(year.hint, 'zh-Hans')).toBe('报告所属年度，四位数字');
    expect(layout.layout[0][1][0].hint).toBeUndefined();
    expect(query).toEqual({ a: 1 });
  });

  it("gives a component's fields their hints wherever the component is used", () => {
    const { layout } = fieldHints({ layout: editLayout('Article') });
    const [key, body] = layout.components['report.section'].layout[0];
    expect(text(key.hint, 'zh-Hans')).toContain('请勿修改');
    expect(text(key.hint, 'en')).toContain('do not change it');
    expect(body.hint).toBe('');
    expect(layout.components['shared.other'].layout[0][0].hint).toBe('');
  });

  it('leaves other content types and the descriptions editors typed alone', () => {
    expect(fieldHints({ layout: editLayout('Article') }).layout.layout[0][0][0].hint).toBe('');
    const typed = fieldHints({ layout: editLayout('Annual report', '按红头文件填写') }).layout;
    expect(typed.layout[0][0][0].hint).toBe('按红头文件填写');
  });
});

describe('list view enumeration cells (inject-column-in-table)', () => {
  const headers = [
    { name: 'name', attribute: { type: 'string' } },
    { name: 'level', attribute: { type: 'enumeration' } },
  ];

  it('prints an agency level as the interface language names it', () => {
    const { displayedHeaders } = enumerationCells({ displayedHeaders: headers, layout: {} });
    const cell = displayedHeaders[1].cellFormatter!;
    expect(text(cell({ level: 'county' }), 'zh-Hans')).toBe('县级');
    expect(text(cell({ level: 'state_council_department' }), 'zh-Hans')).toBe('国务院部门');
    expect(text(cell({ level: 'county' }), 'en')).toBe('County');
    expect(text(cell({ level: null }), 'zh-Hans')).toBe('-');
    expect(displayedHeaders[0].cellFormatter).toBeUndefined();
  });

  it("keeps another hook's cell formatter", () => {
    const own = () => 'own';
    const { displayedHeaders } = enumerationCells({
      displayedHeaders: [{ ...headers[1], cellFormatter: own }],
      layout: {},
    });
    expect(displayedHeaders[0].cellFormatter).toBe(own);
  });
});

describe('list view filters (inject-in-filters)', () => {
  const filters = [
    { name: 'level', label: '层级' },
    { name: 'createdAt', label: 'createdAt' },
    { name: '__status', label: '状态' },
  ];
  // As the filter menu resolves a label (Filters.mjs: a string as is, a message formatted).
  const label = (
    value: string | { id: string; defaultMessage: string },
    locale: keyof typeof MESSAGES,
  ) =>
    typeof value === 'string'
      ? value
      : createIntl({ locale, messages: MESSAGES[locale] }).formatMessage(value);

  it("names the agency's fields as their columns do", () => {
    const { displayedFilters } = filterLabels({
      displayedFilters: filters,
      layout: { settings: { displayName: 'Agency' } },
    });
    expect(displayedFilters.map((filter) => label(filter.label, 'en'))).toEqual([
      'Level',
      'Created at',
      '状态',
    ]);
    expect(displayedFilters.map((filter) => label(filter.label, 'zh-Hans'))).toEqual([
      '层级',
      '创建时间',
      '状态',
    ]);
  });

  it('leaves the filters of other content types alone', () => {
    const { displayedFilters } = filterLabels({
      displayedFilters: filters,
      layout: { settings: { displayName: 'Article' } },
    });
    expect(displayedFilters).toEqual(filters);
  });
});

import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import type { ReportDocument } from '../../../src/plugins/annual-report/shared/contracts/document';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cellValue, resolveReport } from '../../../src/plugins/annual-report/shared/layout/resolve';
import { splitRowLabel } from '../../../src/plugins/annual-report/shared/layout/row-label';
import { contactRule } from '../../../src/plugins/annual-report/shared/templates/common-rules';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';
import { figuresInPrintedOrder, type PrintedFigures } from '../../helpers/report-data';
import haizhuExpected from '../../fixtures/demo/haizhu-2018.expected.json';
import huaianExpected from '../../fixtures/demo/huaian-2024.expected.json';

type Fixture = { sections: string[]; tables: PrintedFigures };

/** The document's figures keyed as the fixtures key them: table → data row → values in column order. */
function printedFigures(document: ReportDocument): PrintedFigures {
  return Object.fromEntries(
    document.tables.map((table) => [
      table.key,
      Object.fromEntries(
        table.rows.filter((row) => !row.heading).map((row) => [row.key, row.values]),
      ),
    ]),
  );
}

/** Form values as the admin preview may hand them over: anything goes. */
const odd = (value: unknown) => value as ReportData;

const demos: Array<
  [string, { report: ReportData; agency: ReportData['agency'] }, Template, Fixture]
> = [
  ['海珠区 2018 (gz-legacy)', haizhu2018, gzLegacy, haizhuExpected as Fixture],
  ['淮安市 2024 (cn-2021)', huaian2024, cn2021, huaianExpected as Fixture],
];

describe.each(demos)('resolveReport: demo %s', (_name, demo, template, fixture) => {
  const document = resolveReport({ ...demo.report, agency: demo.agency }, template);

  it('prints every figure as the published report prints it, cell for cell', () => {
    expect(printedFigures(document)).toEqual(fixture.tables);
    expect(printedFigures(document)).toEqual(figuresInPrintedOrder(demo.report, template));
  });

  it('labels every row and column exactly as the template does', () => {
    expect(document.tables.map((table) => table.key)).toEqual(
      template.tables.map((table) => table.key),
    );
    document.tables.forEach((table, t) => {
      const layout = template.tables[t];
      expect(table.rows.map((row) => row.number + row.label)).toEqual(
        layout.rows.map((row) => row.label),
      );
      expect(table.rows.map((row) => [row.key, row.level, row.heading])).toEqual(
        layout.rows.map((row) => [row.key, row.level, row.heading === true]),
      );
      expect(table.columns.map((column) => [column.key, column.label, column.group])).toEqual(
        layout.columns.map((column) => [column.key, column.label, column.groups ?? []]),
      );
      for (const row of table.rows) expect(row.values).toHaveLength(layout.columns.length);
      expect(table.corner).toBe(layout.corner ?? '');
      expect(table.section).toBe(layout.section);
      expect(table.proseOnly).toBe(layout.proseOnly === true);
    });
  });

  it('keeps the sections in order, each listing the tables printed in it', () => {
    expect(document.sections.map((s) => `${s.number}、${s.heading}`)).toEqual(fixture.sections);
    for (const section of document.sections) {
      const printedHere = template.tables.filter((table) => table.section === section.key);
      expect(section.tables).toEqual(printedHere.map((table) => table.key));
    }
    // Every table is listed by exactly one section.
    expect(document.sections.flatMap((s) => s.tables).sort()).toEqual(
      template.tables.map((t) => t.key).sort(),
    );
    expect(document.sections.map((s) => s.body)).toEqual(demo.report.sections.map((s) => s.body));
  });

  it('passes the report’s own fields through and names the format', () => {
    expect(document.title).toBe(demo.report.title);
    expect(document.year).toBe(demo.report.year);
    expect(document.format).toBe(template.key);
    expect(document.formatName).toBe(template.name['zh-Hans']);
    expect(document.preface).toEqual(demo.report.preface);
    expect(document.issuedOn).toBe(demo.report.issuedOn);
    expect(document.publishedAt).toBeNull();
    expect(document.documentId).toBeNull();
  });

  it('prints a contact paragraph the contact check (K1) accepts', () => {
    expect(document.contact).not.toBeNull();
    for (const item of contactRule.items) {
      expect(document.contact).toMatch(new RegExp(item.pattern));
    }
  });
});

describe('resolveReport: 淮安市 2024 in detail', () => {
  const document = resolveReport({ ...huaian2024.report, agency: huaian2024.agency }, cn2021);
  const table = (key: string) => document.tables.find((t) => t.key === key)!;

  it('numbers each table by the part it is printed in', () => {
    expect(document.tables.map((t) => [t.key, t.number])).toEqual([
      ['active-rules', '表二'],
      ['active-licensing', '表二'],
      ['active-enforcement', '表二'],
      ['active-fees', '表二'],
      ['applications', '表三'],
      ['appeals', '表四'],
    ]);
  });

  it('splits the numbering off the row labels', () => {
    const rows = new Map(table('applications').rows.map((row) => [row.key, row]));
    expect(rows.get('new')).toMatchObject({
      number: '一、',
      label: '本年新收政府信息公开申请数量',
    });
    expect(rows.get('results')).toMatchObject({ number: '三、', label: '本年度办理结果' });
    expect(rows.get('disclosed')).toMatchObject({ number: '（一）', label: '予以公开' });
    expect(rows.get('withheld-state-secret')).toMatchObject({
      number: '1.',
      label: '属于国家秘密',
    });
    expect(table('active-rules').rows[0]).toMatchObject({ number: '', label: '规章' });
    expect(table('appeals').rows[0]).toMatchObject({ number: '', label: '' });
  });

  it('leaves heading rows blank', () => {
    const headings = table('applications').rows.filter((row) => row.heading);
    expect(headings.map((row) => row.key)).toEqual([
      'results',
      'withheld',
      'unavailable',
      'not-processed',
      'other-processing',
    ]);
    for (const row of headings) expect(row.values).toEqual(Array(7).fill(null));
  });

  it('gives money its own unit and counts the table’s', () => {
    expect(table('active-fees').columns[0]).toMatchObject({ kind: 'money', unit: '万元' });
    expect(table('applications').unit).toBe('件');
    expect(table('applications').columns.map((c) => c.unit)).toEqual(Array(7).fill('件'));
    expect(table('applications').columns.map((c) => c.kind)).toEqual(Array(7).fill('count'));
    // Neither the form nor the report gives table 二's counts a unit.
    expect(table('active-rules').unit).toBeNull();
    expect(table('active-rules').columns[0].unit).toBeNull();
    expect(table('appeals').columns[5].group).toEqual(['行政诉讼', '未经复议直接起诉']);
  });

  it('describes the agency with its level as printed', () => {
    expect(document.agency).toEqual({
      name: '淮安市人民政府',
      level: 'prefecture',
      levelLabel: '地市级',
      region: '江苏省淮安市',
      address: '淮安市翔宇南道1号',
      postcode: '223001',
      phone: '0517-83605210',
      email: 'hazwgkc@163.com',
      website: null,
    });
    expect(document.contact).toBe(
      '如对本报告有疑问，请与淮安市人民政府联系（地址：淮安市翔宇南道1号，邮编：223001，' +
        '电话：0517-83605210，电子邮箱：hazwgkc@163.com）。',
    );
  });

  it('passes the publication fields through', () => {
    const published = resolveReport(
      {
        ...huaian2024.report,
        documentId: 'abc123',
        publishedAt: '2025-01-20T08:00:00.000Z',
        issuedOn: '2025-01-18',
      },
      cn2021,
    );
    expect(published.documentId).toBe('abc123');
    expect(published.publishedAt).toBe('2025-01-20T08:00:00.000Z');
    expect(published.issuedOn).toBe('2025-01-18');
  });
});

describe('resolveReport: 海珠区 2018 in detail', () => {
  const document = resolveReport({ ...haizhu2018.report, agency: haizhu2018.agency }, gzLegacy);

  it('numbers the annex tables as the seed prints them, the prose-only ones by their part', () => {
    expect(document.tables.map((t) => [t.key, t.number, t.proseOnly])).toEqual([
      ['channels', '表二', true],
      ['responses', '表二', true],
      ['annex-1', '附表1', false],
      ['annex-2', '附表2', false],
      ['annex-3', '附表3', false],
    ]);
  });

  it('splits the seed’s own numbering, lead-in and space included', () => {
    const rows = document.tables.find((t) => t.key === 'annex-1')!.rows;
    expect(rows.map((row) => [row.number, row.label])).toEqual([
      ['', '主动公开信息数'],
      ['其中:1.', '组织机构'],
      ['2. ', '部门文件'],
      ['3. ', '动态类信息'],
      ['4. ', '行政执法'],
      ['5. ', '办事指南'],
      ['6. ', '财政预决算'],
      ['7. ', '其他信息'],
    ]);
  });

  it('writes the contact paragraph from the details the agency has', () => {
    expect(document.agency?.levelLabel).toBe('政府部门');
    expect(document.contact).toBe(
      '如对本报告有疑问，请与广州市海珠区人民政府政务管理办公室联系（地址：广州市海珠区石榴岗路480号，' +
        '邮编：510310，电话：020-66662394）。',
    );
  });
});

describe('splitRowLabel', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', '一、', '本年新收政府信息公开申请数量'],
    ['十二、其他', '十二、', '其他'],
    ['（一）予以公开', '（一）', '予以公开'],
    ['(二)部分公开', '(二)', '部分公开'],
    [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（二）',
      '部分公开（区分处理的，只计这一情形，不计其他情形）',
    ],
    ['1.属于国家秘密', '1.', '属于国家秘密'],
    ['10.其他', '10.', '其他'],
    ['1、当面申请', '1、', '当面申请'],
    ['其中：1.网上申请数', '其中：1.', '网上申请数'],
    ['行政许可', '', '行政许可'],
    ['1.5倍以上', '', '1.5倍以上'],
    ['', '', ''],
  ])('%s', (text, number, label) => {
    expect(splitRowLabel(text)).toEqual({ number, label });
  });
});

describe('cellValue', () => {
  it.each<[unknown, number | null]>([
    [0, 0],
    [12, 12],
    [-3, -3],
    [4068.208, 4068.208],
    ['12', 12],
    [' 4068.2 ', 4068.2],
    ['-3', -3],
    ['0', 0],
    ['', null],
    ['  ', null],
    ['22（其中修订16件）', null],
    ['一百', null],
    ['1e3', null],
    ['12abc', null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [null, null],
    [undefined, null],
    [{}, null],
    [[5], null],
    [true, null],
  ])('%p → %p', (raw, value) => {
    expect(cellValue(raw)).toBe(value);
  });
});

describe('resolveReport on odd input', () => {
  it('resolves an empty object to every template table, blank', () => {
    const document = resolveReport(odd({}), cn2021);
    expect(document.sections).toEqual([]);
    expect(document.tables.map((t) => t.key)).toEqual(cn2021.tables.map((t) => t.key));
    for (const table of document.tables) {
      expect(table.title).toBe(cn2021.tables.find((t) => t.key === table.key)!.title);
      for (const row of table.rows) expect(row.values.every((v) => v === null)).toBe(true);
    }
    expect(document).toMatchObject({
      title: '',
      year: 0,
      format: 'cn-2021',
      preface: null,
      agency: null,
      contact: null,
      documentId: null,
      publishedAt: null,
      issuedOn: null,
    });
  });

  it.each([null, undefined, 'text', 42, []])('does not throw on %p', (input) => {
    expect(() => resolveReport(odd(input), gzLegacy)).not.toThrow();
  });

  it('reads what it can from wrongly shaped parts', () => {
    const document = resolveReport(
      odd({
        title: 7,
        year: '2024',
        sections: [null, 'x', { key: 'overview', number: 1, heading: null, body: 'text' }],
        tables: [
          null,
          { key: 'unknown-table', cells: { a: { b: 1 } } },
          // The Content Manager's JSON input, still text.
          { key: 'active-rules', cells: '{"regulations":{"issued":"2","repealed":0}}' },
          { key: 'active-licensing', cells: '{"administrative-licensing": ' },
          { key: 'active-enforcement', cells: [1, 2] },
          {
            key: 'applications',
            cells: { new: [1, 2, 3], 'carried-over': 'x', results: { total: 5 } },
          },
          { key: 'appeals', cells: { cases: { 'review-upheld': 'abc', 'review-total': '4' } } },
        ],
        agency: 'agency-document-id',
      }),
      cn2021,
    );
    expect(document.title).toBe('');
    expect(document.year).toBe(2024);
    expect(document.sections).toEqual([
      { key: 'overview', number: '', heading: '', body: null, tables: [] },
    ]);
    expect(document.tables.map((t) => t.key)).toEqual(cn2021.tables.map((t) => t.key));
    const values = (key: string) => document.tables.find((t) => t.key === key)!.rows;
    expect(values('active-rules')[0].values).toEqual([2, 0, null]);
    expect(values('active-licensing')[0].values).toEqual([null]);
    expect(values('active-enforcement').map((r) => r.values)).toEqual([[null], [null]]);
    const applications = values('applications');
    expect(applications.every((row) => row.values.every((v) => v === null))).toBe(true);
    expect(values('appeals')[0].values.slice(0, 5)).toEqual([null, null, null, null, 4]);
    expect(document.agency).toBeNull();
    expect(document.contact).toBeNull();
  });

  it('keeps a table whose section the report lacks, listed by no section', () => {
    const { report } = huaian2024;
    const document = resolveReport(
      { ...report, sections: report.sections.filter((s) => s.key !== 'appeals') },
      cn2021,
    );
    const appeals = document.tables.find((t) => t.key === 'appeals')!;
    expect(appeals.section).toBe('appeals');
    expect(appeals.rows[0].values).toHaveLength(15);
    expect(appeals.rows[0].values[0]).toBe(72);
    expect(document.sections.flatMap((s) => s.tables)).not.toContain('appeals');
  });

  it('lists a section’s tables once when its key is stored twice', () => {
    const sections = [...huaian2024.report.sections, huaian2024.report.sections[1]];
    const document = resolveReport({ ...huaian2024.report, sections }, cn2021);
    expect(document.sections).toHaveLength(7);
    expect(document.sections[1].tables).toHaveLength(4);
    expect(document.sections[6].tables).toEqual([]);
  });

  it('prefers the report’s title, unit and note; reads the first of two tables with a key', () => {
    const document = resolveReport(
      odd({
        tables: [
          { key: 'applications', title: '', unit: '个', note: '含转办', cells: {} },
          { key: 'applications', title: 'second', unit: '条', cells: {} },
          { key: 'active-rules', title: '规章和规范性文件', unit: '  ', note: '' },
        ],
      }),
      cn2021,
    );
    const applications = document.tables.find((t) => t.key === 'applications')!;
    expect(applications).toMatchObject({
      title: cn2021.tables[4].title,
      unit: '个',
      note: '含转办',
    });
    expect(applications.columns[0].unit).toBe('个');
    const rules = document.tables.find((t) => t.key === 'active-rules')!;
    expect(rules).toMatchObject({ title: '规章和规范性文件', unit: null, note: null });
  });

  it('keeps an agency of unknown level, printing the level as stored', () => {
    const document = resolveReport(
      odd({
        agency: { name: '某某委员会', level: 'committee', website: 'https://example.gov.cn' },
      }),
      cn2021,
    );
    expect(document.agency).toMatchObject({ level: 'committee', levelLabel: 'committee' });
    expect(document.contact).toBe(
      '如对本报告有疑问，请与某某委员会联系（网址：https://example.gov.cn）。',
    );
    const none = resolveReport(odd({ agency: { name: '某某委员会', level: 'county' } }), cn2021);
    expect(none.agency?.levelLabel).toBe('县级');
    expect(none.contact).toBeNull();
  });

  it('gives a money column without its own unit no unit rather than the table’s', () => {
    const fees = cn2019.tables.find((t) => t.columns.some((c) => c.kind === 'money'))!;
    const template: Template = {
      ...cn2019,
      tables: [
        {
          ...fees,
          unit: '件',
          columns: fees.columns.map((c) => (c.kind === 'money' ? { ...c, unit: undefined } : c)),
        },
      ],
    };
    const [table] = resolveReport(odd({}), template).tables;
    for (const column of table.columns) {
      expect(column.unit).toBe(column.kind === 'money' ? null : '件');
    }
    expect(table.columns.some((c) => c.kind === 'money')).toBe(true);
  });
});

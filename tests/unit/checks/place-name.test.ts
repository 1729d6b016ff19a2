import { cloneDeep } from 'lodash';
import {
  namingParts,
  placeName,
} from '../../../src/plugins/annual-report/shared/checks/place-name';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { newReportFromTemplate } from '../../../src/plugins/annual-report/shared/templates/new-report';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { huaian2024 } from '../../../src/demo/huaian-2024';

/** The checks panel names a finding's place as the printed report does, never by its keys. */

const report = huaian2024.report;
const tableIndex = (key: string, of: { tables: Array<{ key: string }> } = report) =>
  of.tables.findIndex((table) => table.key === key);
const applications = tableIndex('applications');
const cell = (table: string, row: string, column: string) => [
  'tables',
  tableIndex(table),
  'cells',
  row,
  column,
];

describe('placeName: cells of the 2021 form', () => {
  it('names a cell of table 三 by the number of the section it is printed in', () => {
    expect(
      placeName(cell('applications', 'disclosed', 'natural-person'), report, cn2021, 'zh-Hans'),
    ).toBe('表三 · （一）予以公开 · 自然人');
    expect(
      placeName(cell('applications', 'disclosed', 'natural-person'), report, cn2021, 'en'),
    ).toBe('Table 3 · （一）予以公开 · 自然人');
  });

  it('qualifies a column under two header groups with the inner one, as the engine messages do', () => {
    expect(placeName(cell('applications', 'new', 'other-org'), report, cn2021, 'zh-Hans')).toBe(
      '表三 · 一、本年新收政府信息公开申请数量 · 法人或其他组织·其他',
    );
  });

  it('says under which heading a numbered third-level row sits', () => {
    expect(
      placeName(cell('applications', 'withheld-state-secret', 'total'), report, cn2021, 'zh-Hans'),
    ).toBe('表三 · （三）1.属于国家秘密 · 总计');
    expect(
      placeName(cell('applications', 'other-processing-other', 'total'), report, cn2021, 'zh-Hans'),
    ).toBe('表三 · （六）3.其他 · 总计');
  });

  it('names a cell of the unlabeled row of table 四 by its column and group', () => {
    expect(placeName(cell('appeals', 'cases', 'review-upheld'), report, cn2021, 'zh-Hans')).toBe(
      '表四 · 行政复议·结果维持',
    );
    expect(
      placeName(cell('appeals', 'cases', 'after-review-suit-total'), report, cn2021, 'zh-Hans'),
    ).toBe('表四 · 复议后起诉·总计');
  });

  it('adds the caption when the section prints several tables', () => {
    expect(
      placeName(cell('active-rules', 'regulations', 'issued'), report, cn2021, 'zh-Hans'),
    ).toBe('表二 · 第二十条第（一）项 · 规章 · 本年制发件数');
    expect(placeName(['tables', tableIndex('active-fees')], report, cn2021, 'en')).toBe(
      'Table 2 · 第二十条第（八）项',
    );
  });

  it('names a whole table, and a table field', () => {
    expect(placeName(['tables', applications], report, cn2021, 'zh-Hans')).toBe('表三');
    expect(placeName(['tables', applications, 'cells'], report, cn2021, 'zh-Hans')).toBe('表三');
    expect(placeName(['tables', applications, 'note'], report, cn2021, 'zh-Hans')).toBe(
      '表三 · 备注',
    );
    expect(placeName(['tables'], report, cn2021, 'zh-Hans')).toBe('统计表');
  });

  it('never shows a key of the template for any cell of any table', () => {
    for (const [index, table] of cn2021.tables.entries()) {
      for (const row of table.rows.filter((candidate) => !candidate.heading)) {
        for (const column of table.columns) {
          const place = placeName(
            ['tables', index, 'cells', row.key, column.key],
            report,
            cn2021,
            'zh-Hans',
          );
          expect(place).toMatch(/^表[一二三四] · /);
          expect(place).not.toMatch(/[A-Za-z]/);
        }
      }
    }
  });
});

describe('placeName: the 2019 form', () => {
  const report2019 = newReportFromTemplate(cn2019, { year: 2019 }) as ReportData;

  it('names a cell of the procurement table and of table 三', () => {
    const procurement = tableIndex('active-procurement', report2019);
    expect(
      placeName(
        ['tables', procurement, 'cells', 'centralized-procurement', 'amount'],
        report2019,
        cn2019,
        'zh-Hans',
      ),
    ).toBe('表二 · 第二十条第（九）项 · 政府集中采购 · 采购总金额');
    expect(
      placeName(
        [
          'tables',
          tableIndex('applications', report2019),
          'cells',
          'other-processing',
          'natural-person',
        ],
        report2019,
        cn2019,
        'zh-Hans',
      ),
    ).toBe('表三 · （六）其他处理 · 自然人');
  });
});

describe('placeName: sections', () => {
  it('names a section body by the report’s number and heading', () => {
    expect(placeName(['sections', 2, 'body'], report, cn2021, 'zh-Hans')).toBe(
      '三、收到和处理政府信息公开申请情况',
    );
    expect(placeName(['sections', 2, 'body'], report, cn2021, 'en')).toBe(
      'Section 3: 收到和处理政府信息公开申请情况',
    );
  });

  it('reads the heading as the editor typed it, and falls back to the template’s when blank', () => {
    const edited = {
      ...report,
      sections: [
        { key: 'overview', number: '一、', heading: '工作概况', body: [] },
        { key: 'active', number: '', heading: '', body: [] },
      ],
    };
    expect(placeName(['sections', 0, 'body'], edited, cn2021, 'zh-Hans')).toBe('一、工作概况');
    expect(placeName(['sections', 1, 'heading'], edited, cn2021, 'zh-Hans')).toBe(
      '二、主动公开政府信息情况 · 标题',
    );
  });

  it('names a section the report added, which the template does not have', () => {
    const added = { ...report, sections: [{ key: 'extra', number: '', heading: '', body: [] }] };
    expect(placeName(['sections', 0, 'body'], added, cn2021, 'zh-Hans')).toBe('第一部分');
    expect(placeName(['sections', 0, 'body'], added, cn2021, 'en')).toBe('Section 1');
  });
});

describe('placeName: the report’s own fields', () => {
  it.each([
    [['title'], '标题', 'Title'],
    [['year'], '年度', 'Year'],
    [['issuedOn'], '公开日期', 'Publication date'],
    [['preface'], '前言', 'Preface'],
    [['agency'], '发布机关', 'Publishing agency'],
    [['format'], '报告格式', 'Report format'],
    [['sections'], '章节', 'Sections'],
  ])('%j is %s / %s', (path, zh, en) => {
    expect(placeName(path, report, cn2021, 'zh-Hans')).toBe(zh);
    expect(placeName(path, report, cn2021, 'en')).toBe(en);
  });
});

describe('placeName: paths that name nothing known', () => {
  it('reads as words, not keys', () => {
    expect(placeName(['no-such-field'], report, cn2021, 'zh-Hans')).toBe('报告');
    expect(placeName(['constructor'], report, cn2021, 'en')).toBe('Report');
    expect(placeName([], report, cn2021, 'zh-Hans')).toBe('报告');
    expect(placeName(['tables', 'x'], report, cn2021, 'zh-Hans')).toBe('统计表');
    expect(placeName(['tables', 40, 'cells', 'new', 'total'], report, cn2021, 'zh-Hans')).toBe(
      '第四十一个统计表 · 「new」行 · 「total」列',
    );
    expect(
      placeName(['tables', applications, 'cells', 'typo', 'total'], report, cn2021, 'en'),
    ).toBe('Table 3 · row “typo” · 总计');
    expect(placeName(['sections', 'constructor'], report, cn2021, 'zh-Hans')).toBe('章节');
  });

  it('names a table the template does not have by its title', () => {
    const odd = { ...report, tables: [{ key: 'mine', title: '自定义表', cells: {} }] };
    expect(placeName(['tables', 0, 'key'], odd, cn2021, 'zh-Hans')).toBe('表格「自定义表」');
    expect(placeName(['tables', 0, 'key'], odd, cn2021, 'en')).toBe('Table “自定义表”');
  });

  it('tolerates form values of any shape', () => {
    expect(placeName(['sections', 0, 'body'], null, cn2021, 'zh-Hans')).toBe('一、总体情况');
    expect(placeName(['tables', 0, 'cells', 'a', 'b'], { tables: 'text' }, cn2021, 'zh-Hans')).toBe(
      '第一个统计表 · 「a」行 · 「b」列',
    );
  });
});

describe('placeName: every finding the engine gives on a broken report', () => {
  it('reads without keys', () => {
    const broken = newReportFromTemplate(cn2021, { year: 2024 }) as ReportData;
    broken.tables[tableIndex('applications', broken)].cells.new.total = 5;
    const findings = validate(broken, cn2021);
    expect(findings.length).toBeGreaterThan(100);
    for (const finding of findings) {
      expect(placeName(finding.path, broken, cn2021, 'zh-Hans')).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('namingParts: what places are named from', () => {
  const broken = newReportFromTemplate(cn2021, { year: 2024 }) as ReportData;
  broken.tables[tableIndex('applications', broken)].cells.new.total = 5;
  const odd = {
    ...report,
    sections: [{ key: 'extra', number: '', heading: '', body: [] }, 'text', null],
    tables: [{ key: 'mine', title: '自定义表', cells: {} }, 7],
  };
  const paths = [
    ...validate(broken, cn2021).map((finding) => finding.path),
    ['sections', 0, 'body'],
    ['sections', 1, 'heading'],
    ['sections', 2, 'number'],
    ['tables', 0, 'key'],
    ['tables', 1, 'cells', 'a', 'b'],
    ['title'],
  ];

  it.each([
    ['the demo report', report],
    ['a new report with a wrong total', broken],
    ['odd form values', odd],
    ['no report', null],
  ])('name every place of %s as the report itself does', (_, named) => {
    for (const path of paths) {
      for (const locale of ['zh-Hans', 'en'] as const) {
        expect(placeName(path, namingParts(named), cn2021, locale)).toBe(
          placeName(path, named, cn2021, locale),
        );
      }
    }
  });

  it('do not change when only figures or prose do', () => {
    const edited = cloneDeep(report);
    edited.tables[applications].cells.new.total = 1;
    edited.sections[0].body = [];
    expect(namingParts(edited)).toEqual(namingParts(report));
    edited.tables[applications].title = '改过的标题';
    expect(namingParts(edited)).not.toEqual(namingParts(report));
  });
});

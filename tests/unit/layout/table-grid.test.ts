import type {
  DocumentRow,
  DocumentTable,
  HeaderCell,
  RowLabelCell,
} from '../../../src/plugins/annual-report/shared/contracts/document';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { resolveReport } from '../../../src/plugins/annual-report/shared/layout/resolve';
import {
  bodyRows,
  continuesKeptGroup,
  headerRows,
  labelColumnCount,
} from '../../../src/plugins/annual-report/shared/layout/table-grid';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';

/**
 * The expectations are the official blank forms' shapes (国办公开办函〔2021〕30号 table 三 and 四,
 * the seed's 附表), counted off the forms: which header spans which columns, which group label
 * spans how many rows.
 */

function table(template: Template, key: string): DocumentTable {
  return resolveReport({} as ReportData, template).tables.find((t) => t.key === key)!;
}

const cell = (label: string, colSpan: number, rowSpan: number, column?: string): HeaderCell => ({
  label,
  colSpan,
  rowSpan,
  ...(column ? { column } : {}),
});

/**
 * Lays cells out as an HTML table does (each cell takes the next free slot of its row) and
 * returns the grid of who covers each slot; throws when a cell overlaps another or overflows.
 */
function layOut<T>(rows: T[][], width: number, span: (cell: T) => [number, number]): T[][] {
  const grid: T[][] = rows.map(() => Array(width));
  rows.forEach((cells, r) => {
    let c = 0;
    for (const item of cells) {
      while (c < width && grid[r][c] !== undefined) c += 1;
      const [colSpan, rowSpan] = span(item);
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) {
          if (r + dr >= rows.length || c + dc >= width)
            throw new Error(`cell overflows at ${r},${c}`);
          if (grid[r + dr][c + dc] !== undefined) throw new Error(`cells overlap at ${r},${c}`);
          grid[r + dr][c + dc] = item;
        }
      }
      c += colSpan;
    }
  });
  return grid;
}

function expectFullGrid<T>(grid: T[][]) {
  for (const row of grid) {
    expect(row.length).toBeGreaterThan(0);
    for (let c = 0; c < row.length; c += 1) expect(row[c]).toBeDefined();
  }
}

const headerSpan = (h: HeaderCell): [number, number] => [h.colSpan, h.rowSpan];
const labelSpan = (l: RowLabelCell): [number, number] => [l.colSpan, l.rowSpan];

describe('table 三 of the 2021 national form (收到和处理政府信息公开申请情况)', () => {
  const applications = table(cn2021, 'applications');
  const labelColumns = labelColumnCount(applications.rows);

  it('takes three label columns: 三、 heads （三）, which heads 1.–8.', () => {
    expect(labelColumns).toBe(3);
  });

  it('prints a three-row header: 申请人情况 over all seven, 法人或其他组织 over five', () => {
    const header = headerRows(applications.columns, applications.corner, labelColumns);
    expect(header).toEqual([
      [
        {
          label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
          colSpan: 3,
          rowSpan: 3,
          corner: true,
        },
        cell('申请人情况', 7, 1),
      ],
      [
        cell('自然人', 1, 2, 'natural-person'),
        cell('法人或其他组织', 5, 1),
        cell('总计', 1, 2, 'total'),
      ],
      [
        cell('商业企业', 1, 1, 'commercial'),
        cell('科研机构', 1, 1, 'research'),
        cell('社会公益组织', 1, 1, 'public-interest'),
        cell('法律服务机构', 1, 1, 'legal-services'),
        cell('其他', 1, 1, 'other-org'),
      ],
    ]);
    const grid = layOut(header, labelColumns + 7, headerSpan);
    expectFullGrid(grid);
    // Reading the bottom header row left to right gives the columns in data order.
    expect(grid[2].slice(labelColumns).map((h) => h.column)).toEqual(
      applications.columns.map((c) => c.key),
    );
  });

  it('prints 25 data rows; 三、本年度办理结果 spans the 22 rows from （一） to （七）', () => {
    const body = bodyRows(applications.rows, labelColumns);
    expect(body).toHaveLength(25);
    expect(body.map((b) => b.row.heading)).toEqual(Array(25).fill(false));

    const results = body[2].labels[0];
    expect(results).toMatchObject({ row: 'results', text: '三、本年度办理结果', rowSpan: 22 });
    expect(results).toMatchObject({ colSpan: 1, heading: true });
    // The 22 are the data rows between 三、 and 四、 on the form.
    const keys = applications.rows.map((r) => r.key);
    const underResults = applications.rows
      .slice(keys.indexOf('results') + 1, keys.indexOf('carried-forward'))
      .filter((r) => !r.heading);
    expect(underResults).toHaveLength(22);
    expect(body.slice(2, 24).map((b) => b.row.key)).toEqual(underResults.map((r) => r.key));

    const spans = Object.fromEntries(
      body.flatMap((b) => b.labels.filter((l) => l.heading).map((l) => [l.row, l.rowSpan])),
    );
    expect(spans).toEqual({
      results: 22,
      withheld: 8,
      unavailable: 3,
      'not-processed': 5,
      'other-processing': 3,
    });

    const own = (key: string) => body.find((b) => b.row.key === key)!.labels.at(-1)!;
    expect(own('new')).toMatchObject({ text: '一、本年新收政府信息公开申请数量', colSpan: 3 });
    expect(own('disclosed')).toMatchObject({ text: '（一）予以公开', colSpan: 2 });
    expect(own('withheld-state-secret')).toMatchObject({ text: '1.属于国家秘密', colSpan: 1 });
    expect(own('total')).toMatchObject({ text: '（七）总计', colSpan: 2 });
    expect(own('carried-forward')).toMatchObject({ text: '四、结转下年度继续办理', colSpan: 3 });

    const grid = layOut(
      body.map((b) => b.labels),
      labelColumns,
      labelSpan,
    );
    expectFullGrid(grid);
  });
});

describe('where table 三 may break across pages', () => {
  const applications = table(cn2021, 'applications');
  const body = bodyRows(applications.rows, labelColumnCount(applications.rows));
  const kept = continuesKeptGroup(body);
  const keptKeys = body.filter((_, index) => kept[index]).map((entry) => entry.row.key);

  it('keeps the rows of each short group (（三） to （六）) with the row before them', () => {
    const groupRows = (group: string) => {
      const keys = applications.rows.map((row) => row.key);
      const start = keys.indexOf(group);
      const level = applications.rows[start].level;
      const end = applications.rows.findIndex((row, i) => i > start && row.level <= level);
      return applications.rows.slice(start + 1, end).map((row) => row.key);
    };
    const inner = ['withheld', 'unavailable', 'not-processed', 'other-processing'].flatMap(
      (group) => groupRows(group).slice(1),
    );
    expect(keptKeys).toEqual(inner);
  });

  it('lets the page break before every group and inside 三、本年度办理结果, which spans 22 rows', () => {
    for (const key of ['new', 'disclosed', 'partially-disclosed', 'total', 'carried-forward'])
      expect(keptKeys).not.toContain(key);
    expect(body.find((entry) => entry.row.key === 'disclosed')!.labels[0].rowSpan).toBe(22);
  });

  it('keeps nothing together in a table without groups', () => {
    const rules = table(cn2021, 'active-rules');
    expect(continuesKeptGroup(bodyRows(rules.rows, labelColumnCount(rules.rows)))).toEqual(
      rules.rows.map(() => false),
    );
  });
});

describe('table 三 of the 2019 national form', () => {
  it('prints （六）其他处理 as one row, so 三、 spans 20 rows', () => {
    const applications = table(cn2019, 'applications');
    const labelColumns = labelColumnCount(applications.rows);
    expect(labelColumns).toBe(3);
    const body = bodyRows(applications.rows, labelColumns);
    expect(body).toHaveLength(23);
    expect(body[2].labels[0]).toMatchObject({ row: 'results', rowSpan: 20 });
    const other = body.find((b) => b.row.key === 'other-processing')!;
    expect(other.labels).toEqual([
      { row: 'other-processing', text: '（六）其他处理', colSpan: 2, rowSpan: 1, heading: false },
    ]);
    expectFullGrid(
      layOut(
        body.map((b) => b.labels),
        labelColumns,
        labelSpan,
      ),
    );
  });
});

describe('table 四 of the national forms (行政复议、行政诉讼)', () => {
  const appeals = table(cn2021, 'appeals');

  it('groups fifteen columns under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉)', () => {
    const labelColumns = labelColumnCount(appeals.rows);
    expect(labelColumns).toBe(1);
    const header = headerRows(appeals.columns, appeals.corner, labelColumns);
    const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(header[0]).toEqual([
      { label: '', colSpan: 1, rowSpan: 3, corner: true },
      cell('行政复议', 5, 1),
      cell('行政诉讼', 10, 1),
    ]);
    expect(header[1]).toEqual([
      ...outcomes.map((label, i) => cell(label, 1, 2, appeals.columns[i].key)),
      cell('未经复议直接起诉', 5, 1),
      cell('复议后起诉', 5, 1),
    ]);
    expect(header[2].map((h) => [h.label, h.rowSpan])).toEqual(
      [...outcomes, ...outcomes].map((label) => [label, 1]),
    );
    expect(header).toHaveLength(3);
    const grid = layOut(header, 16, headerSpan);
    expectFullGrid(grid);
    expect(grid[2].slice(1).map((h) => h.column)).toEqual(appeals.columns.map((c) => c.key));
  });

  it('prints its one unlabeled data row', () => {
    const body = bodyRows(appeals.rows, 1);
    expect(body).toHaveLength(1);
    expect(body[0].labels).toEqual([
      { row: 'cases', text: '', colSpan: 1, rowSpan: 1, heading: false },
    ]);
  });
});

describe('a one-level table: 第二十条第（一）项', () => {
  const rules = table(cn2021, 'active-rules');

  it('has one header row under 信息内容 and one label column', () => {
    expect(labelColumnCount(rules.rows)).toBe(1);
    expect(headerRows(rules.columns, rules.corner, 1)).toEqual([
      [
        { label: '信息内容', colSpan: 1, rowSpan: 1, corner: true },
        cell('本年制发件数', 1, 1, 'issued'),
        cell('本年废止件数', 1, 1, 'repealed'),
        cell('现行有效件数', 1, 1, 'in-force'),
      ],
    ]);
    expect(bodyRows(rules.rows, 1).map((b) => b.labels)).toEqual([
      [{ row: 'regulations', text: '规章', colSpan: 1, rowSpan: 1, heading: false }],
      [
        {
          row: 'normative-documents',
          text: '行政规范性文件',
          colSpan: 1,
          rowSpan: 1,
          heading: false,
        },
      ],
    ]);
  });
});

describe('the seed’s 附表 (gz-legacy)', () => {
  it.each([
    ['annex-1', 8],
    ['annex-2', 15],
    ['annex-3', 2],
    ['responses', 6],
  ])(
    '%s: 指标 | 数量, one label column, %i rows (其中 items are indented, not grouped)',
    (key, rows) => {
      const annex = table(gzLegacy, key);
      expect(labelColumnCount(annex.rows)).toBe(1);
      expect(headerRows(annex.columns, annex.corner, 1)).toEqual([
        [{ label: '指标', colSpan: 1, rowSpan: 1, corner: true }, cell('数量', 1, 1, 'value')],
      ]);
      const body = bodyRows(annex.rows, 1);
      expect(body).toHaveLength(rows);
      for (const printed of body) {
        expect(printed.labels).toEqual([
          {
            row: printed.row.key,
            text: printed.row.number + printed.row.label,
            colSpan: 1,
            rowSpan: 1,
            heading: false,
          },
        ]);
      }
    },
  );

  it('prints 附表1’s rows with their labels as the seed does', () => {
    const body = bodyRows(table(gzLegacy, 'annex-1').rows, 1);
    expect(body.map((b) => b.labels[0].text)).toEqual([
      '主动公开信息数',
      '其中:1.组织机构',
      '2. 部门文件',
      '3. 动态类信息',
      '4. 行政执法',
      '5. 办事指南',
      '6. 财政预决算',
      '7. 其他信息',
    ]);
  });
});

describe('heading rows with nothing under them', () => {
  const row = (key: string, level: number, heading = false): DocumentRow => ({
    key,
    number: '',
    label: key,
    level,
    heading,
    values: [null],
  });

  it('prints a heading that heads no row as a row of its own, across the label columns', () => {
    const rows = [row('a', 0, true), row('a1', 1), row('b', 0, true), row('c', 0)];
    const labelColumns = labelColumnCount(rows);
    expect(labelColumns).toBe(2);
    const body = bodyRows(rows, labelColumns);
    expect(body.map((b) => b.row.key)).toEqual(['a1', 'b', 'c']);
    expect(body[1].labels).toEqual([
      { row: 'b', text: 'b', colSpan: 2, rowSpan: 1, heading: true },
    ]);
    expectFullGrid(
      layOut(
        body.map((b) => b.labels),
        labelColumns,
        labelSpan,
      ),
    );
  });
});

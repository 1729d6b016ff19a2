import { gridLayout } from '../../../src/plugins/annual-report/admin/src/grid/grid-layout';
import {
  cellInputId,
  cellPath,
  fieldPath,
} from '../../../src/plugins/annual-report/admin/src/grid/cell-path';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';

const table = (key: string, template = cn2021) => template.tables.find((t) => t.key === key)!;

describe('gridLayout', () => {
  const applications = gridLayout(table('applications'));

  it('has inputs on every row but the headings', () => {
    expect(applications.inputRows).not.toContain('results');
    expect(applications.inputRows).not.toContain('withheld');
    expect(applications.inputRows.slice(0, 4)).toEqual([
      'new',
      'carried-over',
      'disclosed',
      'partially-disclosed',
    ]);
    expect(applications.inputRows).toHaveLength(
      table('applications').rows.filter((row) => !row.heading).length,
    );
    expect(applications.body.map((printed) => printed.row.key)).toEqual(applications.inputRows);
  });

  it('draws the header three levels deep and the group labels in their own columns', () => {
    expect(applications.header).toHaveLength(3);
    expect(applications.labelColumns).toBe(3);
    expect(applications.header[0][0]).toMatchObject({ corner: true, colSpan: 3, rowSpan: 3 });
  });

  it('names a cell by its row and its column, qualifying ambiguous columns', () => {
    expect(applications.cellName('new', 'natural-person')).toBe(
      '一、本年新收政府信息公开申请数量 · 自然人',
    );
    expect(applications.cellName('new', 'commercial')).toBe(
      '一、本年新收政府信息公开申请数量 · 法人或其他组织·商业企业',
    );
    const appeals = gridLayout(table('appeals'));
    expect(appeals.cellName('cases', 'review-upheld')).toBe('行政复议·结果维持');
    expect(appeals.cellName('cases', 'after-review-suit-upheld')).toBe('复议后起诉·结果维持');
  });

  it('knows each cell’s kind, a row’s kind before its column’s', () => {
    expect(gridLayout(table('active-fees')).kind('administrative-fees', 'amount')).toBe('money');
    expect(applications.kind('new', 'total')).toBe('count');
    const licensing2019 = gridLayout(table('active-licensing', cn2019));
    expect(licensing2019.kind('administrative-licensing', 'change')).toBe('delta');
  });
});

describe('cell paths', () => {
  it('dot-joins the field path as findings do, and derives an id from it', () => {
    const path = cellPath('tables.4.cells', 'new', 'natural-person');
    expect(path).toBe('tables.4.cells.new.natural-person');
    expect(path).toBe(['tables', 4, 'cells', 'new', 'natural-person'].join('.'));
    expect(cellInputId(path)).toBe('ar-cell__tables__4__cells__new__natural-person');
    expect(fieldPath('tables.4.cells')).toEqual(['tables', 4, 'cells']);
  });
});

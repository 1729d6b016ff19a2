import { diffVersions, sentencesOf } from '../../../src/plugins/annual-report/shared/history/diff';
import type { VersionContent } from '../../../src/plugins/annual-report/shared/contracts/history';
import { demoReports } from '../../../src/demo';
import { clone } from '../../helpers/report-builder';

const [, huaian] = demoReports;

const content = (): VersionContent => ({
  title: huaian.report.title,
  year: huaian.report.year,
  format: huaian.report.format,
  issuedOn: huaian.report.issuedOn ?? null,
  agency: 'agency-1',
  preface: clone(huaian.report.preface ?? null),
  sections: clone(huaian.report.sections),
  tables: clone(huaian.report.tables),
});

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  children: [{ type: 'text' as const, text }],
});

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(content(), content())).toEqual({ fields: [], cells: [], sentences: [] });
  });

  it('names each changed cell by table, row and column; blank and 0 differ', () => {
    const before = content();
    const after = content();
    const table = after.tables.find((t) => t.key === 'applications')!;
    const [row] = Object.keys(table.cells);
    const [column] = Object.keys(table.cells[row]);
    const was = table.cells[row][column];
    table.cells[row][column] = (was ?? 0) + 5;
    const other = after.tables.find((t) => t.key === 'appeals')!;
    const [row2] = Object.keys(other.cells);
    const [column2] = Object.keys(other.cells[row2]);
    other.cells[row2][column2] = other.cells[row2][column2] === 0 ? null : 0;
    const diff = diffVersions(before, after);
    expect(diff.cells).toEqual([
      { table: 'applications', row, column, before: was, after: (was ?? 0) + 5 },
      {
        table: 'appeals',
        row: row2,
        column: column2,
        before: before.tables.find((t) => t.key === 'appeals')!.cells[row2][column2],
        after: other.cells[row2][column2],
      },
    ]);
  });

  it('gives the sentences removed and added by section, not the whole text', () => {
    const before = content();
    const after = content();
    const section = after.sections[0];
    section.body = [paragraph('第一句。第二句改了！'), paragraph('第三句；')];
    before.sections[0].body = [paragraph('第一句。第二句。第三句；')];
    expect(diffVersions(before, after).sentences).toEqual([
      { section: section.key, removed: ['第二句。'], added: ['第二句改了！'] },
    ]);
  });

  it('lists plain fields that changed', () => {
    const after = { ...content(), title: '新标题', issuedOn: '2025-01-20' };
    expect(diffVersions(content(), after).fields.map((f) => f.field)).toEqual([
      'title',
      'issuedOn',
    ]);
  });
});

describe('sentencesOf', () => {
  it('splits at Chinese and Latin sentence marks and keeps the mark', () => {
    expect(sentencesOf(['甲。乙！丙？丁；戊', '己'])).toEqual([
      '甲。',
      '乙！',
      '丙？',
      '丁；',
      '戊',
      '己',
    ]);
  });
});

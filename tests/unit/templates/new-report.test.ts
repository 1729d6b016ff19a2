import {
  blankCells,
  builtInTemplates,
  cn2019,
  cn2021,
  newReportFromTemplate,
} from '../../../src/plugins/annual-report/shared/templates';
import type { TemplateTable } from '../../../src/plugins/annual-report/shared/templates';

function table(tables: TemplateTable[], key: string): TemplateTable {
  const found = tables.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no table "${key}"`);
  return found;
}

describe('blankCells', () => {
  const grid: TemplateTable = {
    key: 'grid',
    section: 'annex',
    title: '统计',
    columns: [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ],
    rows: [
      { key: 'total', label: '总数', level: 0 },
      { key: 'of-which', label: '其中', level: 0, heading: true },
      { key: 'part', label: '1.部分', level: 1 },
    ],
  };

  it('gives every data row a null for every column and heading rows nothing', () => {
    expect(blankCells(grid)).toEqual({
      total: { a: null, b: null },
      part: { a: null, b: null },
    });
  });

  it('leaves out the heading rows of table 三 and keeps its 25 data rows (2021) or 23 (2019)', () => {
    const cells2021 = blankCells(table(cn2021.tables, 'applications'));
    expect(Object.keys(cells2021)).toHaveLength(25);
    expect(cells2021).not.toHaveProperty('withheld');
    expect(cells2021).not.toHaveProperty('other-processing');
    expect(Object.keys(cells2021.total)).toEqual([
      'natural-person',
      'commercial',
      'research',
      'public-interest',
      'legal-services',
      'other-org',
      'total',
    ]);
    const cells2019 = blankCells(table(cn2019.tables, 'applications'));
    expect(Object.keys(cells2019)).toHaveLength(23);
    expect(cells2019['other-processing']).toBeDefined();
  });
});

describe('newReportFromTemplate', () => {
  it.each(builtInTemplates.map((template) => [template.key, template] as const))(
    'copies the parts of %s and leaves every cell blank',
    (key, template) => {
      const report = newReportFromTemplate(template, { year: 2024, agencyName: '淮安市人民政府' });

      expect(report.format).toBe(key);
      expect(report.year).toBe(2024);
      expect(report.sections).toEqual(
        template.sections.map((section) => ({
          key: section.key,
          number: section.number,
          heading: section.heading,
          body: [],
        })),
      );
      expect(report.tables.map((t) => [t.key, t.title, t.unit, t.note])).toEqual(
        template.tables.map((t) => [t.key, t.title, t.unit, null]),
      );

      report.tables.forEach((reportTable, i) => {
        const templateTable = template.tables[i];
        const dataRows = templateTable.rows.filter((row) => !row.heading).map((row) => row.key);
        expect(Object.keys(reportTable.cells)).toEqual(dataRows);
        for (const row of Object.values(reportTable.cells)) {
          expect(Object.keys(row)).toEqual(templateTable.columns.map((column) => column.key));
          expect(Object.values(row).every((value) => value === null)).toBe(true);
        }
      });
    },
  );

  it('titles the report as published reports are titled', () => {
    expect(newReportFromTemplate(cn2021, { year: 2024, agencyName: '淮安市人民政府' }).title).toBe(
      '淮安市人民政府2024年政府信息公开工作年度报告',
    );
    expect(newReportFromTemplate(cn2021, { year: 2022 }).title).toBe(
      '2022年政府信息公开工作年度报告',
    );
  });

  it('gives each report its own cells, so editing one leaves the next blank', () => {
    const first = newReportFromTemplate(cn2021, { year: 2024 });
    first.tables[0].cells.regulations.issued = 3;
    const second = newReportFromTemplate(cn2021, { year: 2024 });
    expect(second.tables[0].cells.regulations.issued).toBeNull();
  });
});

import type { Cells, ReportData } from '../contracts/report';
import type { Template, TemplateTable } from '../contracts/template';

export type NewReport = Pick<
  ReportData,
  'title' | 'year' | 'format' | 'sections' | 'tables' | 'preface'
>;

/** Every data row × every column, blank: null means "not filled in", unlike 0. */
export function blankCells(table: TemplateTable): Cells {
  const cells: Cells = {};
  for (const row of table.rows) {
    if (row.heading) continue;
    cells[row.key] = Object.fromEntries(table.columns.map((column) => [column.key, null]));
  }
  return cells;
}

/** A report with the template's parts in order, empty bodies and every cell blank. */
export function newReportFromTemplate(
  template: Template,
  { year, agencyName }: { year: number; agencyName?: string },
): NewReport {
  return {
    // Titled as published reports are: 淮安市人民政府2024年政府信息公开工作年度报告.
    title: `${agencyName ?? ''}${year}年政府信息公开工作年度报告`,
    year,
    format: template.key,
    sections: template.sections.map(({ key, number, heading }) => ({
      key,
      number,
      heading,
      body: [],
    })),
    tables: template.tables.map((table) => ({
      key: table.key,
      title: table.title,
      unit: table.unit,
      cells: blankCells(table),
      note: null,
    })),
  };
}

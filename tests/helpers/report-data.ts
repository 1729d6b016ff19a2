import type { Blocks, ReportData } from '../../src/plugins/annual-report/shared/contracts/report';
import type { Template } from '../../src/plugins/annual-report/shared/contracts/template';

/** A fixture lists each row's figures left to right, as a reader copies them off the printed table. */
export type PrintedFigures = Record<string, Record<string, Array<number | null>>>;

/**
 * The report's cells read back in the template's column order, so they can be compared with a
 * hand-copied fixture. A missing cell reads as undefined and so never equals a printed figure.
 */
export function figuresInPrintedOrder(report: ReportData, template: Template): PrintedFigures {
  return Object.fromEntries(
    report.tables.map((table) => {
      const layout = template.tables.find((candidate) => candidate.key === table.key);
      const columns = layout ? layout.columns.map((column) => column.key) : [];
      const rows = Object.entries(table.cells).map(([row, cells]) => [
        row,
        columns.map((column) => cells[column]),
      ]);
      return [table.key, Object.fromEntries(rows)];
    }),
  );
}

/** The cell layout the template asks for: its data rows (heading rows have no cells) × its columns. */
export function templateCellKeys(template: Template): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    template.tables.map((table) => {
      const columns = table.columns.map((column) => column.key).sort();
      const rows = table.rows.filter((row) => !row.heading).map((row) => [row.key, columns]);
      return [table.key, Object.fromEntries(rows)];
    }),
  );
}

export function reportCellKeys(report: ReportData): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    report.tables.map((table) => {
      const rows = Object.entries(table.cells).map(([row, cells]) => [
        row,
        Object.keys(cells).sort(),
      ]);
      return [table.key, Object.fromEntries(rows)];
    }),
  );
}

/** One string per block: the text of its inline children, in order. */
export function blockTexts(blocks: Blocks | null | undefined): string[] {
  return (blocks ?? []).map((block) =>
    block.children
      .map((child) => ('text' in child && typeof child.text === 'string' ? child.text : ''))
      .join(''),
  );
}

/** Every piece of text a reader sees: title, preface, headings and section bodies. */
export function reportTexts(report: ReportData): string[] {
  return [
    report.title,
    ...blockTexts(report.preface),
    ...report.sections.flatMap((section) => [section.heading, ...blockTexts(section.body)]),
  ];
}

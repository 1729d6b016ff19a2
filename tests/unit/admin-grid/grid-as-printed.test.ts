import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { gridLayout } from '../../../src/plugins/annual-report/admin/src/grid/grid-layout';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { resolveReport } from '../../../src/plugins/annual-report/shared/layout/resolve';
import { StatisticTable } from '../../../src/plugins/annual-report/shared/layout/StatisticTable';
import { printsLabels } from '../../../src/plugins/annual-report/shared/layout/table-grid';
import { builtInTemplates } from '../../../src/plugins/annual-report/shared/templates/registry';
import {
  cells,
  elements,
  hasClass,
  parseHtml,
  text,
  type HtmlElement,
} from '../../helpers/html-dom';

/**
 * The statistic grid heads its columns and labels its rows as the printed table does (the preview,
 * the HTML page and the PDF draw StatisticTable): for every table of every built-in template, the
 * grid's columns are the printed document's and its header and label cells are the ones the
 * printed markup holds, spans included.
 */

const tables = builtInTemplates.flatMap((template) =>
  template.tables.map((table) => ({ name: `${template.key} ${table.key}`, template, table })),
);

/** Tables the print draws without label columns (one unlabeled row, no corner); the grid keeps them. */
const UNLABELED = ['cn-2019 appeals', 'cn-2021 appeals'];

interface Drawn {
  label: string;
  colSpan: number;
  rowSpan: number;
}

const drawn = (cell: HtmlElement): Drawn => ({
  label: text(cell),
  colSpan: Number(cell.attribs.colspan ?? 1),
  rowSpan: Number(cell.attribs.rowspan ?? 1),
});

describe.each(tables)('$name in the grid and in print', ({ name, template, table }) => {
  const printed = resolveReport({} as ReportData, template).tables.find(
    (candidate) => candidate.key === table.key,
  )!;
  const layout = gridLayout(table);
  const root = parseHtml(
    renderToStaticMarkup(React.createElement(StatisticTable, { table: printed })),
  );
  const part = (tag: 'thead' | 'tbody') => elements(elements(root, tag)[0], 'tr');
  const unlabeled = UNLABELED.includes(name);

  it('has the printed columns, in printed order', () => {
    expect(layout.table.columns).toEqual(printed.columns);
    expect(layout.columnKeys).toEqual(printed.columns.map((column) => column.key));
    expect(printsLabels(printed)).toBe(!unlabeled);
  });

  it('draws the header cells the print draws', () => {
    const header = layout.header.map((row) =>
      row.map((cell) => ({ label: cell.label, colSpan: cell.colSpan, rowSpan: cell.rowSpan })),
    );
    const corner = layout.header[0][0];
    expect(corner.corner).toBe(true);
    const print = part('thead').map((row) => cells(row));
    if (unlabeled) {
      expect(corner).toEqual({ label: '', colSpan: 1, rowSpan: header.length, corner: true });
      header[0].shift();
    } else {
      expect(hasClass(print[0][0], 'ar-corner')).toBe(true);
    }
    expect(header).toEqual(print.map((row) => row.map(drawn)));
  });

  it('labels the rows as the print does', () => {
    const labels = layout.body.map(({ labels: cellsOfRow }) =>
      cellsOfRow.map((cell) => ({
        label: cell.text,
        colSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
      })),
    );
    const print = part('tbody').map((row) => cells(row).filter((cell) => cell.name === 'th'));
    if (unlabeled) {
      expect(labels).toEqual(print.map(() => [{ label: '', colSpan: 1, rowSpan: 1 }]));
      expect(print.flat()).toEqual([]);
    } else {
      expect(labels).toEqual(print.map((row) => row.map(drawn)));
    }
  });
});

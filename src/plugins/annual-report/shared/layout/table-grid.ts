import type {
  DocumentColumn,
  DocumentRow,
  DocumentTable,
  HeaderCell,
  RowLabelCell,
} from '../contracts/document';

/**
 * How an official form draws a table: header groups merged over the columns they cover, group
 * rows (heading rows) merged down the rows they head. Pure; used by the admin grid, the preview,
 * the HTML page and the Word writer so that all four print the same grid.
 */

/** A table's printed grid: the header rows above the figures and the label cells of each row. */
export interface TableGrid {
  /** Columns the row labels take; 0 when the table prints no labels. */
  labelColumns: number;
  header: HeaderCell[][];
  body: Array<{ row: DocumentRow; labels: RowLabelCell[] }>;
}

/**
 * Whether a table prints row labels. A form whose rows carry no labels and whose corner is empty
 * (the 2021 table 四: one unlabeled row of figures) prints no label column, as the blank form does.
 */
export function printsLabels(table: DocumentTable): boolean {
  return table.corner !== '' || table.rows.some((row) => row.number + row.label !== '');
}

/**
 * The table's header and body as every drawing of it lays them out. `labelled` says whether the
 * label columns are drawn: by default as printed (printsLabels).
 */
export function tableGrid(table: DocumentTable, labelled = printsLabels(table)): TableGrid {
  if (!labelled) {
    return {
      labelColumns: 0,
      header: headerRows(table.columns, table.corner, 0).map((cells) =>
        cells.filter((cell) => !cell.corner),
      ),
      body: bodyRows(table.rows, 0).map(({ row }) => ({ row, labels: [] })),
    };
  }
  const labelColumns = labelColumnCount(table.rows);
  return {
    labelColumns,
    header: headerRows(table.columns, table.corner, labelColumns),
    body: bodyRows(table.rows, labelColumns),
  };
}

/** Columns the row labels take: one per level of heading rows that head other rows. */
export function labelColumnCount(rows: DocumentRow[]): number {
  let depth = 1;
  const open: number[] = [];
  for (const row of rows) {
    while (open.length > 0 && open[open.length - 1] >= row.level) open.pop();
    if (row.heading) open.push(row.level);
    depth = Math.max(depth, open.length + (row.heading ? 0 : 1));
  }
  return depth;
}

/**
 * The header as rows of cells, top to bottom. The first row starts with the corner cell, which
 * spans every header row and every label column; a column's own label spans down to the last row.
 */
export function headerRows(
  columns: DocumentColumn[],
  corner: string,
  labelColumns: number,
): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((column) => column.group.length + 1));
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  rows[0].push({ label: corner, colSpan: labelColumns, rowSpan: depth, corner: true });
  for (let level = 0; level < depth; level += 1) {
    let index = 0;
    while (index < columns.length) {
      const path = [...columns[index].group, columns[index].label];
      if (level >= path.length) {
        index += 1;
        continue;
      }
      const leaf = level === path.length - 1;
      let span = 1;
      if (!leaf) {
        const prefix = path.slice(0, level + 1);
        while (
          index + span < columns.length &&
          columns[index + span].group.length > level &&
          prefix.every((label, i) => columns[index + span].group[i] === label)
        )
          span += 1;
      }
      rows[level].push({
        label: path[level],
        colSpan: span,
        rowSpan: leaf ? depth - level : 1,
        ...(leaf ? { column: columns[index].key } : {}),
      });
      index += span;
    }
  }
  return rows;
}

/**
 * The body as printed: one entry per non-heading row, holding the label cells that start on it.
 * A heading row's label spans down the rows it heads; a row's own label fills the remaining label
 * columns. Heading rows with nothing under them are printed as a row of their own.
 */
export function bodyRows(
  rows: DocumentRow[],
  labelColumns: number,
): Array<{ row: DocumentRow; labels: RowLabelCell[] }> {
  const printed: Array<{ row: DocumentRow; labels: RowLabelCell[] }> = [];
  const open: Array<{ level: number; cell: RowLabelCell }> = [];
  let pending: RowLabelCell[] = [];
  const headsSomething = (index: number) =>
    index + 1 < rows.length && rows[index + 1].level > rows[index].level;

  rows.forEach((row, index) => {
    while (open.length > 0 && open[open.length - 1].level >= row.level) open.pop();
    if (row.heading && headsSomething(index)) {
      const cell: RowLabelCell = {
        row: row.key,
        text: row.number + row.label,
        colSpan: 1,
        rowSpan: 0,
        heading: true,
      };
      open.push({ level: row.level, cell });
      pending.push(cell);
      return;
    }
    for (const group of open) group.cell.rowSpan += 1;
    const own: RowLabelCell = {
      row: row.key,
      text: row.number + row.label,
      colSpan: labelColumns - open.length,
      rowSpan: 1,
      heading: row.heading,
    };
    printed.push({ row, labels: [...pending, own] });
    pending = [];
  });
  return printed;
}

/**
 * Groups of rows short enough to be kept on one page: （三）不予公开's eight rows stay together,
 * while 三、本年度办理结果, which spans most of table 三, may break between its groups.
 */
export const KEPT_GROUP_ROWS = 10;

/**
 * For each body row, whether it continues a group that started on an earlier row and is short
 * enough to keep whole (KEPT_GROUP_ROWS): the print avoids a page break before such a row, so that
 * long tables break between their row groups.
 */
export function continuesKeptGroup(body: TableGrid['body']): boolean[] {
  const spans: Array<{ start: number; end: number; rows: number }> = [];
  return body.map(({ labels }, index) => {
    const continues = spans.some(
      (span) => span.start < index && index <= span.end && span.rows <= KEPT_GROUP_ROWS,
    );
    for (const cell of labels)
      if (cell.rowSpan > 1)
        spans.push({ start: index, end: index + cell.rowSpan - 1, rows: cell.rowSpan });
    return continues;
  });
}

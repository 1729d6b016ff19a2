import { figureText } from '../../../shared/layout/figure-text';
import type { DocumentTable } from '../../../shared/contracts/document';
import { tableGrid, type TableGrid } from '../../../shared/layout/table-grid';

/**
 * A table as WordprocessingML lays it out: every printed row lists a cell for every grid column it
 * covers, and a cell merged down from a row above appears again, empty, as a `continue` cell.
 * (Word has no rowSpan: a merge is a `restart` cell and the `continue` cells under it.)
 */

export type CellRole = 'corner' | 'header' | 'group' | 'label' | 'value';

export interface PlacedCell {
  role: CellRole;
  text: string;
  /** First grid column the cell covers. */
  column: number;
  gridSpan: number;
  /** Set on merged cells: `restart` on the top one, `continue` on those under it. */
  vMerge?: 'restart' | 'continue';
  /** Indentation of a row label, in characters, for levels the label columns do not show. */
  indent: number;
}

export interface PlacedTable {
  gridColumns: number;
  labelColumns: number;
  /** Rows at the top that make up the header (repeated on each page). */
  headerRowCount: number;
  rows: PlacedCell[][];
}

interface SourceCell {
  role: CellRole;
  text: string;
  colSpan: number;
  rowSpan: number;
  indent: number;
}

function sourceRows(
  table: DocumentTable,
  { labelColumns, header: headerCells, body: bodyCells }: TableGrid,
): { header: SourceCell[][]; body: SourceCell[][] } {
  if (table.columns.length === 0 && labelColumns === 0) return { header: [], body: [] };
  const header: SourceCell[][] = headerCells.map((row) =>
    row.map((cell) => ({
      role: cell.corner ? 'corner' : 'header',
      text: cell.label,
      colSpan: cell.colSpan,
      rowSpan: cell.rowSpan,
      indent: 0,
    })),
  );
  const body: SourceCell[][] = bodyCells.map(({ row, labels }) => {
    const cells: SourceCell[] = [];
    for (const label of labels) {
      if (label.colSpan <= 0 || label.rowSpan <= 0) continue;
      const own = label.row === row.key;
      // A level the label columns already show by nesting needs no indentation on top.
      const shownLevels = labelColumns - label.colSpan;
      cells.push({
        role: own ? 'label' : 'group',
        text: label.text,
        colSpan: label.colSpan,
        rowSpan: label.rowSpan,
        indent: own ? Math.max(0, row.level - shownLevels) : 0,
      });
    }
    row.values.forEach((value, index) => {
      if (index >= table.columns.length) return;
      cells.push({ role: 'value', text: figureText(value), colSpan: 1, rowSpan: 1, indent: 0 });
    });
    return cells;
  });
  // Without columns there is nothing to head: the labels alone are printed.
  return { header: table.columns.length > 0 ? header : [], body };
}

/** Lays the table's header and body out on a grid, as an HTML table with row and column spans. */
export function placeTable(table: DocumentTable): PlacedTable {
  const grid = tableGrid(table);
  const { labelColumns } = grid;
  const gridColumns = labelColumns + table.columns.length;
  const { header, body } = sourceRows(table, grid);
  const source = [...header, ...body];
  const headerRowCount = header.length;
  // merges[column] = the cell still merged down over that column, and how many rows it has left.
  const merges: Array<{ cell: PlacedCell; rowsLeft: number } | undefined> = [];
  const rows: PlacedCell[][] = source.map((cells) => {
    const placed: PlacedCell[] = [];
    let column = 0;
    let next = 0;
    while (column < gridColumns) {
      const merge = merges[column];
      if (merge && merge.rowsLeft > 0) {
        placed.push({ ...merge.cell, text: '', column, vMerge: 'continue' });
        merge.rowsLeft -= 1;
        column += merge.cell.gridSpan;
        continue;
      }
      const cell = cells[next];
      next += 1;
      if (!cell) {
        // A short row (a value missing): pad so every row covers the whole grid.
        placed.push({ role: 'value', text: '', column, gridSpan: 1, indent: 0 });
        column += 1;
        continue;
      }
      const gridSpan = Math.max(1, Math.min(cell.colSpan, gridColumns - column));
      const out: PlacedCell = {
        role: cell.role,
        text: cell.text,
        column,
        gridSpan,
        indent: cell.indent,
        ...(cell.rowSpan > 1 ? { vMerge: 'restart' as const } : {}),
      };
      placed.push(out);
      if (cell.rowSpan > 1) merges[column] = { cell: out, rowsLeft: cell.rowSpan - 1 };
      column += gridSpan;
    }
    return placed;
  });
  return { gridColumns, labelColumns, headerRowCount, rows };
}

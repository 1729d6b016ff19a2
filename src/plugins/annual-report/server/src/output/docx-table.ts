import { captionUnit } from '../../../shared/layout/print-format';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { DocumentTable } from '../../../shared/contracts/document';
import { CELL_PADDING, FONT, runs, SIZE, TEXT_WIDTH } from './docx-style';
import { placeTable, type PlacedCell } from './table-placement';
import { tableWidths } from './table-widths';

/**
 * One statistics table as printed: its caption (number, title, unit) above, the official grid
 * with merged header and group cells, and its note below.
 */

export interface PrintedTable {
  orientation: 'portrait' | 'landscape';
  children: Array<Paragraph | Table>;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const TABLE_TEXT = { font: FONT.body, size: SIZE.table };
const TABLE_SPACING = { before: 0, after: 0, line: 240 };

function cellParagraph(cell: PlacedCell): Paragraph {
  const left = cell.role === 'label';
  return new Paragraph({
    children: runs(cell.text, TABLE_TEXT),
    alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: TABLE_SPACING,
    indent: cell.indent > 0 ? { left: cell.indent * SIZE.table * 20 } : undefined,
  });
}

function cellOf(cell: PlacedCell, widths: number[]): TableCell {
  const width = widths.slice(cell.column, cell.column + cell.gridSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [cellParagraph(cell)],
    width: { size: width, type: WidthType.DXA },
    ...(cell.gridSpan > 1 ? { columnSpan: cell.gridSpan } : {}),
    ...(cell.vMerge
      ? {
          verticalMerge:
            cell.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }
      : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    borders: CELL_BORDERS,
  });
}

function caption(table: DocumentTable): Paragraph {
  const title = [table.number, table.title].filter((part) => part).join('　');
  const unit = captionUnit(table) ?? '';
  return new Paragraph({
    children: [
      ...runs(title, { font: FONT.heading, size: SIZE.caption }),
      ...(unit ? runs(`${title ? '　　' : ''}${unit}`, { font: FONT.body, size: SIZE.table }) : []),
    ],
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    keepNext: true,
    keepLines: true,
  });
}

function note(text: string): Paragraph {
  return new Paragraph({
    children: runs(text, TABLE_TEXT),
    spacing: { before: 60, after: 120 },
  });
}

export function printedTable(table: DocumentTable): PrintedTable {
  const placed = placeTable(table);
  const { orientation, columns } = tableWidths(placed, {
    fontSize: SIZE.table,
    cellPadding: 2 * CELL_PADDING,
    portraitWidth: TEXT_WIDTH.portrait,
    landscapeWidth: TEXT_WIDTH.landscape,
  });
  const children: Array<Paragraph | Table> = [caption(table)];
  if (placed.rows.length > 0 && placed.gridColumns > 0) {
    children.push(
      new Table({
        rows: placed.rows.map(
          (cells, index) =>
            new TableRow({
              children: cells.map((cell) => cellOf(cell, columns)),
              // Only rows that repeat are marked: docx writes an explicit "off" otherwise.
              tableHeader: index < placed.headerRowCount || undefined,
              cantSplit: true,
            }),
        ),
        columnWidths: columns,
        width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        layout: TableLayoutType.FIXED,
        alignment: AlignmentType.CENTER,
        borders: BORDERS,
        margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
      }),
    );
  }
  if (table.note) children.push(note(table.note));
  return { orientation, children };
}

import * as React from 'react';
import type { DocumentRow, RowLabelCell } from '../../../shared/contracts/document';
import { cellPath } from './cell-path';
import type { CellMark } from '../../../shared/layout/cell-marks';
import type { GridLayout } from './grid-layout';
import { GridCell } from './GridCell';
import { HeadingCell, RowLabel } from './grid-styles';

export interface GridRowProps {
  fieldName: string;
  layout: GridLayout;
  row: DocumentRow;
  labels: RowLabelCell[];
  /** Index among the rows with inputs; -1 for a heading printed as a row of its own. */
  rowIndex: number;
  rowCells: Record<string, unknown> | undefined;
  /** The checks on this row's cells by column; kept the same object while they do not change. */
  marks: Record<string, CellMark> | undefined;
  disabled: boolean;
  zh: boolean;
  placeholder: string;
  expectedText: (values: number[]) => string;
  onCommit: (row: string, column: string, value: number | null) => void;
}

/**
 * A row label's indentation: its level, less the levels its group labels already show in the
 * columns to its left (（一）予以公开 sits beside 三、, a breakdown without a heading is indented).
 */
const indent = (row: DocumentRow, own: RowLabelCell, labelColumns: number) =>
  Math.max(0, row.level - (labelColumns - own.colSpan));

/** One printed row: the labels that start on it, then one input per column (none on a heading). */
export const GridRow = React.memo(function GridRow({
  fieldName,
  layout,
  row,
  labels,
  rowIndex,
  rowCells,
  marks,
  disabled,
  zh,
  placeholder,
  expectedText,
  onCommit,
}: GridRowProps) {
  return (
    <tr>
      {labels.map((label) => (
        <RowLabel
          key={label.row}
          scope={label.rowSpan > 1 ? 'rowgroup' : 'row'}
          colSpan={label.colSpan}
          rowSpan={label.rowSpan}
          $level={label.row === row.key ? indent(row, label, layout.labelColumns) : 0}
          $group={label.row !== row.key}
        >
          {label.text}
        </RowLabel>
      ))}
      {layout.table.columns.map((column, columnIndex) => {
        if (row.heading) return <HeadingCell key={column.key} />;
        const mark = marks?.[column.key];
        return (
          <GridCell
            key={column.key}
            path={cellPath(fieldName, row.key, column.key)}
            row={row.key}
            column={column.key}
            rowIndex={rowIndex}
            columnIndex={columnIndex}
            kind={layout.kind(row.key, column.key)}
            decimals={layout.decimals(column.key)}
            name={layout.cellName(row.key, column.key)}
            value={rowCells?.[column.key]}
            disabled={disabled}
            zh={zh}
            placeholder={placeholder}
            severity={mark?.severity}
            findingText={mark ? mark.messages.join('\n') : undefined}
            expectedText={
              mark && mark.expected.length > 0 ? expectedText(mark.expected) : undefined
            }
            onCommit={onCommit}
          />
        );
      })}
    </tr>
  );
});

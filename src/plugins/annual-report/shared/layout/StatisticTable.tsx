import * as React from 'react';
import type { DocumentRow, DocumentTable, HeaderCell, RowLabelCell } from '../contracts/document';
import { cellMarkKey, type CellMarks } from './cell-marks';
import { captionUnit, cellText } from './print-format';
import { continuesKeptGroup, tableGrid } from './table-grid';

/**
 * One statistic table drawn as the official form prints it: header groups merged over their
 * columns, group rows merged down the rows they head, figures as stored.
 */

export interface StatisticTableProps {
  table: DocumentTable;
  marks?: CellMarks;
  /** false for the second and later tables of a run sharing one number (the four 表二 blocks). */
  numbered?: boolean;
}

const span = (count: number) => (count > 1 ? count : undefined);

function HeaderRow({ cells }: { cells: HeaderCell[] }) {
  return (
    <tr>
      {cells.map((cell, index) => (
        <th
          key={index}
          className={cell.corner ? 'ar-corner' : cell.column ? 'ar-col' : 'ar-col-group'}
          colSpan={span(cell.colSpan)}
          rowSpan={span(cell.rowSpan)}
          scope={cell.corner ? undefined : cell.column ? 'col' : 'colgroup'}
        >
          {cell.label}
        </th>
      ))}
    </tr>
  );
}

/**
 * A row's own label sits in the label columns its groups leave free, so it is indented only by the
 * levels no group column already shows (the 2018 附表 print 其中:1.… one level in; table 三 prints
 * （一）予以公开 in the column after 三、本年度办理结果, not indented). A group label printed in the
 * first column of several is the narrow, one-character-a-line one of table 三.
 */
function labelClass(cell: RowLabelCell, column: number, row: DocumentRow): string {
  if (cell.row !== row.key)
    return column === 0 ? 'ar-label ar-label-group ar-label-outer' : 'ar-label ar-label-group';
  const indent = Math.min(3, Math.max(0, row.level - column));
  return `ar-label ar-indent-${indent}${cell.heading ? ' ar-label-heading' : ''}`;
}

/**
 * How a row may break across pages: a row starting a spanning label (三、本年度办理结果) must be
 * free to break, or the print pushes the whole group to the next page and leaves a blank one
 * behind; a row inside a short group is kept with the row before it.
 */
function rowClass(row: DocumentRow, labels: RowLabelCell[], continuesGroup: boolean): string {
  return [
    row.heading && 'ar-row-heading',
    labels.some((cell) => cell.rowSpan > 1) ? 'ar-row-spanning' : 'ar-row-single',
    continuesGroup && 'ar-row-kept',
  ]
    .filter(Boolean)
    .join(' ');
}

function ValueCell({ text, mark }: { text: string; mark: CellMarks[string] | undefined }) {
  if (!mark) return <td className="ar-num">{text}</td>;
  return (
    <td
      className={`ar-num ar-mark ar-mark-${mark.severity}`}
      title={mark.message}
      aria-label={text ? `${text}：${mark.message}` : mark.message}
    >
      {text}
    </td>
  );
}

export function StatisticTable({ table, marks, numbered = true }: StatisticTableProps) {
  const { labelColumns, header, body } = tableGrid(table);
  const kept = continuesKeptGroup(body);
  const unit = captionUnit(table);
  const title = [numbered ? table.number : '', table.title].filter(Boolean).join(' ');

  return (
    <div className="ar-table-block" id={`ar-table-${table.key}`}>
      <table className={`ar-table ar-labels-${labelColumns}`}>
        <caption className="ar-caption">
          <span className="ar-caption-line">
            <span className="ar-caption-title">{title}</span>
            {unit && <span className="ar-caption-unit">{unit}</span>}
          </span>
        </caption>
        <thead>
          {header.map((cells, index) => (
            <HeaderRow key={index} cells={cells} />
          ))}
        </thead>
        <tbody>
          {body.map(({ row, labels }, rowIndex) => {
            const first =
              labelColumns - (labels[labels.length - 1]?.colSpan ?? 0) - labels.length + 1;
            return (
              <tr
                key={row.key}
                data-row={row.key}
                className={rowClass(row, labels, kept[rowIndex])}
              >
                {labels.map((cell, index) => (
                  <th
                    key={cell.row}
                    className={labelClass(cell, first + index, row)}
                    colSpan={span(cell.colSpan)}
                    rowSpan={span(cell.rowSpan)}
                    scope={cell.row === row.key ? 'row' : 'rowgroup'}
                  >
                    {cell.text}
                  </th>
                ))}
                {table.columns.map((column, index) => {
                  const mark = marks?.[cellMarkKey(table.key, row.key, column.key)];
                  return (
                    <ValueCell
                      key={column.key}
                      text={cellText(row.values[index], column)}
                      mark={mark}
                    />
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {table.note && <p className="ar-table-note">{table.note}</p>}
    </div>
  );
}

import * as React from 'react';
import type { GridLayout } from './grid-layout';

/** The official form's merged header rows, as printed. */
export const GridHeader = ({ header }: Pick<GridLayout, 'header'>) => (
  <thead>
    {header.map((cells, level) => (
      <tr key={level}>
        {cells.map((cell, index) => (
          <th
            key={cell.column ?? `${level}-${index}`}
            scope={cell.corner ? undefined : cell.colSpan > 1 ? 'colgroup' : 'col'}
            colSpan={cell.colSpan}
            rowSpan={cell.rowSpan}
          >
            {cell.label}
          </th>
        ))}
      </tr>
    ))}
  </thead>
);

import type { PlacedTable } from './table-placement';

/**
 * Column widths of a printed table, in twips (1/20 pt), and whether it needs a landscape page.
 * Measured from the text the columns hold at the table's font size, so the choice follows the
 * table's shape rather than a list of known wide tables.
 */

export interface TableMeasure {
  /** Size of the table's text, in points. */
  fontSize: number;
  /** Left plus right padding of a cell, in twips. */
  cellPadding: number;
  /** Text width of the page in each orientation, in twips. */
  portraitWidth: number;
  landscapeWidth: number;
}

export interface TableWidths {
  orientation: 'portrait' | 'landscape';
  columns: number[];
}

/** Share of the width row labels may take when the figures do not need it. */
const LABEL_SHARE = 0.45;

/** A CJK character is one em wide; digits and Latin letters about half that. */
function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u0000-\u00ff]/.test(char) ? 0.5 : 1;
  return Math.ceil(ems * fontSize * 20);
}

export function tableWidths(table: PlacedTable, measure: TableMeasure): TableWidths {
  const em = measure.fontSize * 20;
  const pad = measure.cellPadding + 20;
  const labels = table.labelColumns;
  const dataColumns = table.gridColumns - labels;

  // A figure is never wrapped; a header label may wrap down to two characters a line.
  const dataMin = Array.from({ length: dataColumns }, () => 2 * em + pad);
  for (const row of table.rows) {
    for (const cell of row) {
      if (cell.role !== 'value') continue;
      const index = cell.column - labels;
      if (index >= 0 && index < dataColumns)
        dataMin[index] = Math.max(dataMin[index], textWidth(cell.text, measure.fontSize) + pad);
    }
  }
  // Group labels are short (三、本年度办理结果 wraps well at three characters); a row's own label
  // needs room for a readable line.
  const labelMin = Array.from({ length: labels }, (_, i) =>
    i < labels - 1 ? 3 * em + pad : 4 * em + pad,
  );
  const minimum = [...labelMin, ...dataMin].reduce((sum, width) => sum + width, 0);
  const orientation = minimum > measure.portraitWidth ? 'landscape' : 'portrait';
  const width = orientation === 'portrait' ? measure.portraitWidth : measure.landscapeWidth;
  if (minimum > width) {
    // Too wide even across the page: shrink every column alike (figures then wrap) rather
    // than run off the paper.
    const scale = width / minimum;
    const columns = [...labelMin, ...dataMin].map((w) => Math.floor(w * scale));
    return { orientation, columns };
  }

  const dataTotal = dataMin.reduce((sum, w) => sum + w, 0);
  const labelTotal =
    labels === 0
      ? 0
      : Math.max(
          labelMin.reduce((sum, w) => sum + w, 0),
          Math.min(Math.floor(width * LABEL_SHARE), width - dataTotal),
        );
  const spare = Math.max(0, width - labelTotal - dataTotal);
  const data = dataMin.map((w) => w + Math.floor(spare / Math.max(1, dataColumns)));
  const label = labelMin.map((w, i) =>
    i < labels - 1 ? w : labelTotal - labelMin.slice(0, -1).reduce((sum, v) => sum + v, 0),
  );
  // With no figures at all, the labels take the whole width.
  if (dataColumns === 0 && labels > 0) label[labels - 1] += width - labelTotal;
  return { orientation, columns: [...label, ...data] };
}

/**
 * Cells copied from Excel or WPS arrive as text/plain TSV: tabs between cells, CRLF (or LF)
 * between rows, a line break after the last row, and a cell holding a tab, line break or quote
 * wrapped in quotes with its quotes doubled. A quote that does not open such a wrapping (`12"`,
 * or an opening quote never closed) is kept as text: the cell is then refused, not mangled.
 */
export function parseClipboard(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  const end = text.length;
  const isBreak = (i: number) => text[i] === '\n' || text[i] === '\r';

  const endRow = () => {
    rows.push(row);
    row = [];
  };

  /** Index just past the closing quote of a quoted cell starting at `start`, or -1. */
  const closingQuote = (start: number): number => {
    let i = start + 1;
    while (i < end) {
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          i += 2;
          continue;
        }
        const next = i + 1;
        return next === end || text[next] === '\t' || isBreak(next) ? next : -1;
      }
      i += 1;
    }
    return -1;
  };

  while (at <= end) {
    let cell: string;
    const close = text[at] === '"' ? closingQuote(at) : -1;
    if (close >= 0) {
      cell = text.slice(at + 1, close - 1).replace(/""/g, '"');
      at = close;
    } else {
      let stop = at;
      while (stop < end && text[stop] !== '\t' && !isBreak(stop)) stop += 1;
      cell = text.slice(at, stop);
      at = stop;
    }
    row.push(cell);

    if (at >= end) {
      endRow();
      break;
    }
    if (text[at] === '\t') {
      at += 1;
      // A tab at the very end still opens an (empty) last cell.
      if (at === end) {
        row.push('');
        endRow();
        break;
      }
      continue;
    }
    // A line break: \r\n, \n or a lone \r.
    at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
    endRow();
    // The break after the last row ends the data; it does not open an empty row.
    if (at >= end) break;
  }
  return rows;
}

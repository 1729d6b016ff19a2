import {
  doubtText,
  pasteReport,
} from '../../../src/plugins/annual-report/admin/src/grid/paste-report';

/** The grid's status line after a paste, with the English defaults of its messages. */
const t = (_id: string, defaultMessage: string, values: Record<string, string | number> = {}) =>
  defaultMessage
    .replace(/\{count, plural, one \{# (\w+)\} other \{# (\w+)\}\}/, (_, one, other) =>
      values.count === 1 ? `1 ${one}` : `${values.count} ${other}`,
    )
    .replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

const cellName = (row: string, column: string) => `${row} · ${column}`;
const options = { t, cellName, zh: false, undoKeys: 'Ctrl+Z' };

describe('the paste report', () => {
  it('says what was filled, what was refused and why, what fell outside, and how to undo', () => {
    const report = pasteReport(
      {
        cells: {},
        filled: 3,
        clipped: 2,
        refused: [
          {
            row: 'new',
            column: 'total',
            text: 'abc',
            message: { 'zh-Hans': '不是数字', en: 'not a number' },
          },
        ],
      },
      options,
    );
    expect(report).toBe(
      'Filled 3 cells; refused 1: new · total “abc”: not a number; 2 outside the table, not pasted (Ctrl+Z to undo)',
    );
  });

  it('offers no undo when nothing was filled, and speaks Chinese for zh', () => {
    const report = pasteReport(
      {
        cells: {},
        filled: 0,
        clipped: 0,
        refused: [
          { row: 'new', column: 'total', text: 'x', message: { 'zh-Hans': '不是数字', en: 'nan' } },
        ],
      },
      { ...options, zh: true },
    );
    expect(report).toBe('Filled 0 cells; refused 1: new · total “x”: 不是数字');
  });
});

describe('the paste report of an aligned paste', () => {
  const result = { cells: {}, filled: 14, clipped: 0, refused: [] };

  it('says how the block was placed', () => {
    expect(pasteReport({ ...result, aligned: { rows: true, columns: true } }, options)).toBe(
      'Placed by the copied row labels and header: Filled 14 cells (Ctrl+Z to undo)',
    );
    expect(pasteReport({ ...result, aligned: { rows: true, columns: false } }, options)).toMatch(
      /^Placed by the copied row labels: Filled/,
    );
    expect(pasteReport({ ...result, aligned: { rows: false, columns: true } }, options)).toMatch(
      /^Placed by the copied header: Filled/,
    );
    expect(pasteReport({ ...result, aligned: { rows: false, columns: false } }, options)).toMatch(
      /^Filled/,
    );
  });
});

describe('why a paste asks first', () => {
  const names = { t, rowName: (row: string) => `<${row}>`, columnName: (c: string) => `[${c}]` };

  it('names the label read, the row or column it was read as, and what is left out', () => {
    expect(
      doubtText(
        { kind: 'near-row', text: '2.其他法律行政止公开', row: 'withheld-prohibited' },
        names,
      ),
    ).toBe('“2.其他法律行政止公开” is read as the row “<withheld-prohibited>”');
    expect(doubtText({ kind: 'heading', row: 'withheld' }, names)).toBe(
      '“<withheld>” is a heading without cells: its figures are not pasted',
    );
    expect(doubtText({ kind: 'unknown-row', text: '' }, names)).toBe(
      'A copied row without a label: its figures are not pasted',
    );
    expect(doubtText({ kind: 'outside', count: 2 }, names)).toBe(
      '2 figures off the table: not pasted',
    );
  });
});

import { pasteReport } from '../../../src/plugins/annual-report/admin/src/grid/paste-report';

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

import { parseClipboard } from '../../../src/plugins/annual-report/admin/src/grid/parse-clipboard';

describe('parseClipboard', () => {
  it('reads an Excel block: tabs, CRLF, a line break after the last row', () => {
    expect(parseClipboard('3001\t53\t0\r\n34\t0\t0\r\n')).toEqual([
      ['3001', '53', '0'],
      ['34', '0', '0'],
    ]);
  });

  it('reads LF line breaks (WPS, Numbers) and a block without a final break', () => {
    expect(parseClipboard('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboard('1\t2\r3\t4\r')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells, at the ends of rows too', () => {
    expect(parseClipboard('1\t\t3\r\n\t\t\r\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
    ]);
    expect(parseClipboard('5\t')).toEqual([['5', '']]);
  });

  it('a single value copied from a cell is a 1×1 block', () => {
    expect(parseClipboard('1,288\r\n')).toEqual([['1,288']]);
    expect(parseClipboard('')).toEqual([]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    const text = '"a\tb"\t"第一行\r\n第二行"\t"说""是"""\r\n1\t"2"\t3\r\n';
    expect(parseClipboard(text)).toEqual([
      ['a\tb', '第一行\r\n第二行', '说"是"'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps quotes that do not wrap a cell as text', () => {
    expect(parseClipboard('12"\t"3\r\n"4"5\t6')).toEqual([
      ['12"', '"3'],
      ['"4"5', '6'],
    ]);
  });

  it('a quoted empty cell and a quoted last cell', () => {
    expect(parseClipboard('""\t"x"')).toEqual([['', 'x']]);
  });
});

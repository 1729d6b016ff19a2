import {
  cellText,
  isIncomplete,
  parseCell,
} from '../../../src/plugins/annual-report/admin/src/grid/parse-cell';

const value = (text: string, kind: 'count' | 'delta' | 'money' = 'count', decimals?: number) => {
  const parsed = parseCell(text, kind, decimals);
  return parsed.ok ? parsed.value : `refused: ${parsed.message.en}`;
};

describe('parseCell', () => {
  it('reads plain and full-width digits, with surrounding spaces', () => {
    expect(value('123')).toBe(123);
    expect(value('１２３')).toBe(123);
    expect(value('  42 ')).toBe(42);
    expect(value('\u3000７\u3000')).toBe(7);
    expect(value('\t3001\n')).toBe(3001);
  });

  it('reads thousands separators, half- and full-width', () => {
    expect(value('1,234')).toBe(1234);
    expect(value('1，234')).toBe(1234);
    expect(value('１，２３４，５６７')).toBe(1234567);
    expect(value('12,345.50', 'money')).toBe(12345.5);
  });

  it('refuses separators in the wrong places', () => {
    expect(value('1,23')).toMatch(/^refused/);
    expect(value('12,3456')).toMatch(/^refused/);
    expect(value(',123')).toMatch(/^refused/);
  });

  it('reads the marks of an empty cell as blank, and keeps 0 apart from blank', () => {
    for (const text of ['', '   ', '—', '——', '–', '-', '/', '－', '\u3000']) {
      expect(value(text)).toBeNull();
    }
    expect(value('0')).toBe(0);
    expect(value('０')).toBe(0);
    expect(value('0', 'money')).toBe(0);
  });

  it('refuses text that is not a number', () => {
    expect(parseCell('12a', 'count')).toEqual({
      ok: false,
      message: { 'zh-Hans': '不是数字', en: 'not a number' },
    });
    expect(value('约100')).toMatch(/^refused/);
    expect(value('1 2')).toMatch(/^refused/);
    expect(value('--5')).toMatch(/^refused/);
    expect(value('12件')).toMatch(/^refused/);
  });

  it('counts are whole numbers: 1.234 is refused, not read as 1234', () => {
    expect(value('1.234')).toBe('refused: should be a whole number');
    expect(value('1．5')).toBe('refused: should be a whole number');
    expect(value('3.0')).toBe(3);
    expect(value('1.234', 'delta')).toBe('refused: should be a whole number');
  });

  it('money takes up to two decimals in 元', () => {
    expect(value('12.34', 'money')).toBe(12.34);
    expect(value('１２．３', 'money')).toBe(12.3);
    expect(value('0.5', 'money')).toBe(0.5);
    expect(value('12.340', 'money')).toBe(12.34);
    expect(value('12.345', 'money')).toBe('refused: an amount has at most 2 decimals');
  });

  it('money takes up to six decimals in 万元 (to the 分)', () => {
    expect(value('2356.418207', 'money', 6)).toBe(2356.418207);
    expect(value('2356.4182071', 'money', 6)).toBe('refused: an amount has at most 6 decimals');
  });

  it('negatives only for delta cells', () => {
    expect(value('-3', 'delta')).toBe(-3);
    expect(value('－３', 'delta')).toBe(-3);
    expect(value('\u22123', 'delta')).toBe(-3);
    expect(value('-1,200', 'delta')).toBe(-1200);
    expect(value('+4', 'delta')).toBe(4);
    expect(value('-3')).toBe('refused: cannot be negative');
    expect(value('-3', 'money')).toBe('refused: cannot be negative');
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0'), -0)).toBe(false);
  });

  it('refuses values beyond the cell limits', () => {
    expect(value('1000000000')).toBe(1e9);
    expect(value('1000000001')).toMatch(/^refused/);
    expect(value('１０，０００，０００，０００．００', 'money')).toBe(1e10);
    expect(value('10000000000.01', 'money')).toMatch(/^refused/);
  });
});

describe('cellText', () => {
  it('shows numbers plainly, blank as empty, and text that is not a number as it is', () => {
    expect(cellText(0)).toBe('0');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('12件')).toBe('12件');
  });
});

describe('isIncomplete', () => {
  it('text on its way to a number of the cell’s kind', () => {
    expect(isIncomplete('1,', 'count')).toBe(true);
    expect(isIncomplete('1，23', 'count')).toBe(true);
    expect(isIncomplete('12.', 'money')).toBe(true);
    expect(isIncomplete('１２．', 'money')).toBe(true);
  });

  it('not text that no further typing makes a number, nor a number already', () => {
    expect(isIncomplete('12a', 'count')).toBe(false);
    expect(isIncomplete('1,2345', 'count')).toBe(false);
    expect(isIncomplete('12', 'count')).toBe(false);
    expect(isIncomplete('-1,', 'count')).toBe(false);
    expect(isIncomplete('-1,', 'delta')).toBe(true);
  });
});

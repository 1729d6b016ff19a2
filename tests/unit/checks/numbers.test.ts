import {
  parseArabicNumber,
  parseChineseNumeral,
  parseStatedNumber,
  toChineseNumeral,
} from '../../../src/plugins/annual-report/shared/checks/numbers';

describe('numbers as reports write them', () => {
  it.each([
    ['144', 144],
    ['3,119', 3119],
    ['3985758', 3985758],
    ['4068.208', 4068.208],
    ['16.3万', 163000],
    ['2万', 20000],
    ['1.5亿', 150000000],
    ['３１１９', 3119],
  ])('reads Arabic %s as %d', (text, value) => {
    expect(parseArabicNumber(text)).toBe(value);
  });

  it.each(['', '3,11', '1,2345', 'abc', '12件'])('rejects %p as an Arabic number', (text) => {
    expect(parseArabicNumber(text)).toBeNull();
  });

  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千', 2000],
    ['三千零五十', 3050],
    ['三万五千', 35000],
    ['十万', 100000],
    ['一亿二千万', 120000000],
    ['二〇二四', 2024],
  ])('reads Chinese %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects text that is not a Chinese numeral', () => {
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('三件')).toBeNull();
  });

  it('reads either notation as a stated number', () => {
    expect(parseStatedNumber('351')).toBe(351);
    expect(parseStatedNumber('三百五十一')).toBe(351);
  });

  it.each([
    [1, '一'],
    [7, '七'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
  ])('numbers section %d as %s', (n, numeral) => {
    expect(toChineseNumeral(n)).toBe(numeral);
    expect(parseChineseNumeral(numeral)).toBe(n);
  });
});

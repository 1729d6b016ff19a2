import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

/** Every text of the statistic grid is in both admin languages. */

const admin = join(__dirname, '../../../src/plugins/annual-report/admin/src');
const translations = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(admin, 'translations', `${locale}.json`), 'utf8'));

const sources = [
  ...readdirSync(join(admin, 'grid'))
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(admin, 'grid', file)),
  join(admin, 'index.ts'),
].map((file) => readFileSync(file, 'utf8'));
const usedIds = new Set(
  sources.flatMap((source) => [...source.matchAll(/'(grid\.[\w.]+)'/g)].map((match) => match[1])),
);

describe('statistic grid translations', () => {
  it('finds the ids the grid uses', () => {
    expect(usedIds.size).toBeGreaterThan(15);
    expect(usedIds).toContain('grid.fillTotals');
  });

  it.each(['zh-Hans', 'en'])('%s has every grid id used, and none unused', (locale) => {
    const keys = Object.keys(translations(locale)).filter((key) => key.startsWith('grid.'));
    expect(new Set(keys)).toEqual(usedIds);
  });

  it('says the paste report as the editors read it', () => {
    expect(translations('zh-Hans')['grid.paste.filled']).toBe('已填入 {count} 格');
    expect(translations('zh-Hans')['grid.total.expected']).toBe('合计 = {value}');
    expect(translations('zh-Hans')['grid.fillTotals']).toBe('填入合计');
  });
});

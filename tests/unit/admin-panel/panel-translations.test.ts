import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

/** Every text of the checks panel is in both admin languages. */

const admin = join(__dirname, '../../../src/plugins/annual-report/admin/src');
const translations = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(admin, 'translations', `${locale}.json`), 'utf8'));

const panelSources = readdirSync(join(admin, 'checks'))
  .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
  .map((file) => readFileSync(join(admin, 'checks', file), 'utf8'));
const usedIds = new Set(
  panelSources.flatMap((source) =>
    [...source.matchAll(/getTranslation\('([^']+)'\)/g)].map((match) => match[1]),
  ),
);

describe('checks panel translations', () => {
  it('uses panel.… ids only, and some', () => {
    expect(usedIds.size).toBeGreaterThan(5);
    for (const id of usedIds) expect(id).toMatch(/^panel\./);
  });

  it.each(['zh-Hans', 'en'])(
    '%s has every id the panel uses, and no panel id it does not',
    (locale) => {
      const keys = Object.keys(translations(locale)).filter((key) => key.startsWith('panel.'));
      expect(new Set(keys)).toEqual(usedIds);
    },
  );

  it('says the verdict in Chinese in zh-Hans', () => {
    const zh = translations('zh-Hans');
    expect(zh['panel.publishable']).toBe('可以发布');
    expect(zh['panel.blocked']).toBe('有 {errors} 项错误，不能发布');
    for (const id of usedIds) expect(zh[id]).toMatch(/[\u4e00-\u9fff]/);
  });
});

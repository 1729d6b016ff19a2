import {
  chooseDefaultLanguage,
  LANGUAGE_KEY,
} from '../../../src/admin/first-visit/default-language';
import { bannerKeys, dismissBanner } from '../../../src/admin/first-visit/media-library-banner';
import { chineseRoleUpdate, DEFAULT_ROLES } from '../../../src/bootstrap/default-roles';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe('a new browser', () => {
  it('gets 中文 when it has never chosen a language', () => {
    const storage = memoryStorage();
    chooseDefaultLanguage(storage, 'zh-Hans');
    expect(storage.getItem(LANGUAGE_KEY)).toBe('zh-Hans');
  });

  it('keeps the language it chose', () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'en' });
    chooseDefaultLanguage(storage, 'zh-Hans');
    expect(storage.getItem(LANGUAGE_KEY)).toBe('en');
  });

  it('has Strapi’s media-library banner closed, in both modes, before and after the uuid is known', () => {
    const storage = memoryStorage();
    dismissBanner(storage, 'c0ffee');
    for (const legacy of [true, false])
      for (const scope of ['c0ffee', 'undefined'])
        expect(
          storage.getItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`),
        ).toBe('true');
    expect(bannerKeys(false)).toContain('STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false');
  });
});

describe('Strapi’s default roles', () => {
  it('are named and described in Chinese while they keep Strapi’s English', () => {
    const editor = DEFAULT_ROLES['strapi-editor'];
    expect(chineseRoleUpdate({ code: 'strapi-editor', ...editor.strapi })).toEqual(editor.office);
  });

  it('keep what an administrator wrote', () => {
    const author = DEFAULT_ROLES['strapi-author'];
    expect(
      chineseRoleUpdate({
        code: 'strapi-author',
        name: '撰稿人',
        description: author.strapi.description,
      }),
    ).toEqual({ description: author.office.description });
    expect(
      chineseRoleUpdate({ code: 'strapi-author', name: '撰稿人', description: '本单位撰稿' }),
    ).toBeNull();
  });

  it('leave roles of the office’s own alone', () => {
    expect(chineseRoleUpdate({ code: 'role-1', name: 'Editor', description: 'x' })).toBeNull();
    expect(chineseRoleUpdate({ code: null, name: 'Super Admin' })).toBeNull();
  });
});

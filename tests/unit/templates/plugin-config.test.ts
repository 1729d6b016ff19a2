import config from '../../../src/plugins/annual-report/server/src/config';

/** What Strapi runs on config/plugins.ts at boot: a bad site template stops the start, named. */
const base = config.default();

const siteTemplate = (overrides: Record<string, unknown> = {}) => ({
  key: 'my-region-2018',
  name: { 'zh-Hans': '某区2019年前格式', en: 'Some district, pre-2019' },
  sections: [{ key: 'overview', number: '一', heading: '概述' }],
  tables: [
    {
      key: 'annex-1',
      section: 'overview',
      title: '主动公开情况统计',
      columns: [{ key: 'value', label: '数量' }],
      rows: [{ key: 'total', label: '主动公开信息数', level: 0 }],
    },
  ],
  rules: [],
  ...overrides,
});

it('accepts the defaults and a valid site template', () => {
  expect(() => config.validator(base)).not.toThrow();
  expect(() => config.validator({ ...base, templates: [siteTemplate()] })).not.toThrow();
});

it('names the bad entry of a broken site template', () => {
  const broken = siteTemplate({ sections: [{ key: 'Overview!', number: '一', heading: '概述' }] });
  expect(() =>
    config.validator({ ...base, templates: [siteTemplate({ key: 'ok-one' }), broken] }),
  ).toThrow(/templates\[1\] \(key "my-region-2018"\).*sections\[0\]\.key/);
});

it('refuses a site template that reuses a built-in key', () => {
  expect(() =>
    config.validator({ ...base, templates: [siteTemplate({ key: 'cn-2021' })] }),
  ).toThrow(/cn-2021/);
});

it('refuses templates that are not a list', () => {
  // One schema now says it (the old hand-written check said "templates must be an array").
  expect(() => config.validator({ ...base, templates: {} as never })).toThrow(
    /annual-report config: templates: .*expected array/,
  );
});

it('holds every default, and refuses a wrong value or an unknown option by its path', () => {
  expect(base).toMatchObject({
    templates: [],
    cache: { enabled: true, prefix: 'annual-report', ttlSeconds: 300, publicAbilitySeconds: 5 },
    preview: { ttlSeconds: 3600 },
    pdf: { executablePath: '/usr/bin/chromium', timeoutMs: 30_000 },
  });
  // env.int of a variable that is not a number.
  expect(() => config.validator({ ...base, cache: { ...base.cache, ttlSeconds: NaN } })).toThrow(
    /cache\.ttlSeconds/,
  );
  // The report's content type is the app's schema's, not an option.
  expect(() => config.validator({ ...base, contentType: 'api::other.other' })).toThrow(
    /contentType/,
  );
  expect(() => config.validator({ ...base, cache: { ...base.cache, redisUrl: '' } })).not.toThrow();
});

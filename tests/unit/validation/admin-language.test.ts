import type { Core } from '@strapi/strapi';
import { adminLanguage } from '../../../src/plugins/annual-report/server/src/document-middleware/admin-language';
import { adminText } from '../../../src/plugins/annual-report/server/src/admin-text';

/** A Strapi whose current request has this state (what the admin's or an API token's auth sets). */
const during = (state: unknown) =>
  ({
    requestContext: { get: () => (state === undefined ? undefined : { state }) },
  }) as unknown as Core.Strapi;
const admin = (preferedLanguage: string | null) => ({
  auth: { strategy: { name: 'admin' } },
  user: { preferedLanguage },
});
const TEXT = { 'zh-Hans': '报告没有错误', en: 'The report has no error' };

describe('the admin’s language on the server', () => {
  it('is the one the admin chose in their profile', () => {
    expect(adminLanguage(during(admin('en')))).toBe('en');
    expect(adminLanguage(during(admin('zh-Hans')))).toBe('zh-Hans');
    expect(adminText(during(admin('en')), TEXT)).toBe('The report has no error');
  });

  it('is 中文, the admin’s default, for an admin who chose none', () => {
    expect(adminLanguage(during(admin(null)))).toBe('zh-Hans');
    expect(adminText(during(admin(null)), TEXT)).toBe('报告没有错误');
  });

  it('is unknown outside an admin request: messages then say both', () => {
    expect(adminLanguage(during(undefined))).toBeUndefined();
    const token = { auth: { strategy: { name: 'api-token' } }, user: undefined };
    expect(adminLanguage(during(token))).toBeUndefined();
    expect(adminText(during(token), TEXT)).toBe('报告没有错误 (The report has no error)');
  });
});

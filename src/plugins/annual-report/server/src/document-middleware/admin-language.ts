import type { Core } from '@strapi/strapi';
import type { RefusalLanguage } from './publication-refused';

/**
 * The interface language the signed-in admin chose in their profile (Strapi applies it to the
 * admin on sign-in); undefined outside an admin request or when they chose none, as then only
 * their browser knows it.
 */
export const adminLanguage = (strapi: Core.Strapi): RefusalLanguage => {
  const user = strapi.requestContext.get()?.state?.user as
    | { preferedLanguage?: string | null }
    | undefined;
  const language = user?.preferedLanguage ?? '';
  if (language.startsWith('zh')) return 'zh-Hans';
  if (language.startsWith('en')) return 'en';
  return undefined;
};

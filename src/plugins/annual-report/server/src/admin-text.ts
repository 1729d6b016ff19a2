import type { Core } from '@strapi/strapi';
import type { Localized } from '../../shared/contracts/text';
import { adminLanguage } from './document-middleware/admin-language';

/**
 * A message the admin shows (a refused action's toast) in its user's language; in both for a
 * caller whose language the server cannot know.
 */
export const adminText = (strapi: Core.Strapi, text: Localized): string => {
  const language = adminLanguage(strapi);
  return language ? text[language] : `${text['zh-Hans']} (${text.en})`;
};

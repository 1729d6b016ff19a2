import { mapValues } from 'lodash';
import { appMessages } from './app-messages';
import { STRAPI_RENAMED } from './strapi-renamed';
import { STRAPI_UNLISTED } from './strapi-unlisted';

/**
 * The admin's English: the app's own messages and the ids Strapi ships without an English entry.
 * Every other id zh-Hans overrides keeps the English of Strapi's own translation files.
 */
export const en: Record<string, string> = {
  ...mapValues(STRAPI_UNLISTED, (text) => text.en),
  ...mapValues(STRAPI_RENAMED, (text) => text.en),
  ...appMessages('en'),
};

import { mapValues } from 'lodash';
import { appMessages } from './app-messages';
import { STRAPI_RENAMED } from './strapi-renamed';
import { STRAPI_UNLISTED } from './strapi-unlisted';
import { STRAPI_ZH_HANS } from './strapi-zh-Hans';

/** The admin's Simplified Chinese: Strapi's missing strings, then the app's own messages. */
export const zhHans: Record<string, string> = {
  ...STRAPI_ZH_HANS,
  ...mapValues(STRAPI_UNLISTED, (text) => text['zh-Hans']),
  ...mapValues(STRAPI_RENAMED, (text) => text['zh-Hans']),
  ...appMessages('zh-Hans'),
};

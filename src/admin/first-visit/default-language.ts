/** Strapi's key for the interface language (its reducer's LANGUAGE_LOCAL_STORAGE_KEY). */
export const LANGUAGE_KEY = 'strapi-admin-language';

/**
 * 中文 for a browser that has never chosen: Strapi reads this key when it first draws the admin
 * (login page included) and falls back to English without it. A language chosen on the login
 * page or in the profile (saved as the user's preferedLanguage, applied on sign-in) still wins.
 */
export const chooseDefaultLanguage = (
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  locale: string,
) => {
  if (storage.getItem(LANGUAGE_KEY) === null) storage.setItem(LANGUAGE_KEY, locale);
};

/** Text in the two admin locales. */
export interface Localized {
  'zh-Hans': string;
  en: string;
}

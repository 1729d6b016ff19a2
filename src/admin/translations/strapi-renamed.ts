import { type Localized } from '../../plugins/annual-report/shared';

/**
 * Strapi messages the app words its own way in both languages. The edit view has two boxes that
 * Strapi and the plugin would both call "Preview": Strapi's opens the stored draft's page (a signed
 * link, config/admin.ts), the plugin's prints the unsaved form; each is named for what it does.
 */
export const STRAPI_RENAMED: Readonly<Record<string, Localized>> = {
  'content-manager.preview.panel.title': { 'zh-Hans': '已保存的草稿', en: 'Saved draft' },
  'content-manager.preview.panel.button': { 'zh-Hans': '打开草稿页面', en: 'Open the draft page' },
  'content-manager.preview.panel.button-disabled-tooltip': {
    'zh-Hans': '请先保存，再打开草稿页面',
    en: 'Save first to open the draft page',
  },
};

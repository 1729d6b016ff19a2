import type { StrapiApp } from '@strapi/strapi/admin';
import { checkCountCells } from './content-manager/check-count-cells';
import { enumerationCells } from './content-manager/enumeration-cells';
import { fieldHints } from './content-manager/field-hints';
import { filterLabels } from './content-manager/filter-labels';
import { chooseDefaultLanguage } from './first-visit/default-language';
import { dismissMediaLibraryBanner } from './first-visit/media-library-banner';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';

// The admin speaks Simplified Chinese to the offices that write the reports; English stays available.
export default {
  config: {
    locales: ['zh-Hans'],
    // Merged over Strapi's and the plugins' messages of each locale (StrapiApp.loadTrads).
    translations: { 'zh-Hans': zhHans, en },
    // A government network stays closed: no release check against api.github.com from the browser.
    notifications: { releases: false },
  },
  bootstrap(app: Pick<StrapiApp, 'registerHook'>) {
    // Before Strapi draws its first page, which reads the language from local storage.
    chooseDefaultLanguage(window.localStorage, 'zh-Hans');
    const { backendURL = '' } = (window as { strapi?: { backendURL?: string } }).strapi ?? {};
    void dismissMediaLibraryBanner(backendURL, window.localStorage);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', fieldHints);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', enumerationCells);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', checkCountCells);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', filterLabels);
  },
};

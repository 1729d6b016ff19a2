import type { Core } from '@strapi/strapi';
import { mapValues } from 'lodash';
import {
  AGENCY_FIELD_TEXTS,
  REPORT_FIELD_TEXTS,
  SECTION_FIELD_TEXTS,
  STATISTIC_TABLE_FIELD_TEXTS,
  type FieldTexts,
} from '../plugins/annual-report/shared';

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: Record<string, unknown>;
}

// Version 2: the labels come from the texts the admin translates, and components' fields have them.
// Version 3: the template's structure (a table's title and unit, a section's key) is not edited.
// Version 5: the report list shows the format and the check counts (errorCount, warningCount).
const LAYOUT_VERSION = 'admin-layout-5';

/**
 * The Chinese labels stored as the Content Manager's defaults. The edit view, list columns and
 * filters show the translated label of the interface language instead; these remain where Strapi
 * prints the stored label (the list view's column picker, "Configure the view").
 */
const chineseLabels = (texts: FieldTexts): Record<string, string> =>
  mapValues(texts, (text) => text.label['zh-Hans']);
const REPORT_LABELS = chineseLabels(REPORT_FIELD_TEXTS);
const AGENCY_LABELS = chineseLabels(AGENCY_FIELD_TEXTS);
const COMPONENT_LABELS: Record<string, Record<string, string>> = {
  'report.section': chineseLabels(SECTION_FIELD_TEXTS),
  'report.statistic-table': chineseLabels(STATISTIC_TABLE_FIELD_TEXTS),
};
const READ_ONLY = new Set(['checks']);
/**
 * Fields the template owns: shown through the table's official title (its `key`, a read-only
 * custom field), never typed. They stay in the model for imports and site templates.
 */
const HIDDEN_IN_EDIT: Record<string, string[]> = {
  // The published snapshot is the server's own copy for fast reads (src/api/report/snapshot.ts).
  // The revision travels with the form (a stale save is refused) but is not typed.
  // The check counts are the server's, kept for the list (checks/stored-checks.ts).
  'api::report.report': ['snapshot', 'revision', 'errorCount', 'warningCount'],
  'report.section': ['key'],
  'report.statistic-table': ['title', 'unit'],
};
type EditRow = Array<{ name: string; size: number }>;
const withoutFields = (layouts: Record<string, unknown>, hidden: string[] = []) => ({
  ...layouts,
  edit: ((layouts.edit as EditRow[] | undefined) ?? [])
    .map((row) => row.filter((field) => !hidden.includes(field.name)))
    .filter((row) => row.length > 0),
});
/** The list's columns: what an office sorts and filters its reports by in January. */
const LIST_COLUMNS: Record<string, string[]> = {
  'api::report.report': ['title', 'agency', 'year', 'format', 'errorCount', 'warningCount'],
};
const withListColumns = (layouts: Record<string, unknown>, columns?: string[]) =>
  columns ? { ...layouts, list: columns } : layouts;
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'report.section': 'heading',
  'report.statistic-table': 'title',
};

const labelled = (configuration: Configuration, labels: Record<string, string>): Configuration => ({
  ...configuration,
  metadatas: Object.fromEntries(
    Object.entries(configuration.metadatas).map(([field, meta]) => [
      field,
      labels[field]
        ? {
            edit: {
              ...meta.edit,
              label: labels[field],
              ...(READ_ONLY.has(field) ? { editable: false } : {}),
            },
            list: { ...meta.list, label: labels[field] },
          }
        : meta,
    ]),
  ),
});

/**
 * Sets the Content Manager's labels and component titles once per LAYOUT_VERSION; later changes
 * made in the admin ("Configure the view") are the editors' and are kept.
 */
export const configureAdminLayout = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'core', name: 'annual-report' });
  if (await store.get({ key: LAYOUT_VERSION })) return;

  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types');
  for (const [uid, labels] of [
    ['api::report.report', REPORT_LABELS],
    ['api::agency.agency', AGENCY_LABELS],
  ] as const) {
    const contentType = strapi.contentType(uid);
    const { uid: _uid, ...configuration } = await contentTypes.findConfiguration(contentType);
    const labelledConfiguration = labelled(configuration as Configuration, labels);
    await contentTypes.updateConfiguration(contentType, {
      ...labelledConfiguration,
      layouts: withListColumns(
        withoutFields(labelledConfiguration.layouts, HIDDEN_IN_EDIT[uid]),
        LIST_COLUMNS[uid],
      ),
    });
  }

  const components = contentManager.service('components');
  for (const [uid, mainField] of Object.entries(COMPONENT_MAIN_FIELDS)) {
    const component = components.findComponent(uid);
    const {
      uid: _uid,
      category: _category,
      ...configuration
    } = await components.findConfiguration(component);
    const labelledConfiguration = labelled(configuration as Configuration, COMPONENT_LABELS[uid]);
    await components.updateConfiguration(component, {
      ...labelledConfiguration,
      layouts: withoutFields(labelledConfiguration.layouts, HIDDEN_IN_EDIT[uid]),
      settings: { ...labelledConfiguration.settings, mainField },
    });
  }

  await store.set({ key: LAYOUT_VERSION, value: true });
};

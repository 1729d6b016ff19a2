import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { PluginIcon } from './components/PluginIcon';
import { ChecksPanel } from './checks/ChecksPanel';
import { listColumns } from './components/listColumns';
import { PreviewPanel } from './preview/PreviewPanel';
import { OutputsPanel } from './outputs/OutputsPanel';
import { FirstStepsPanel } from './first-steps/FirstStepsPanel';
import { NextYearAction } from './actions/NextYearAction';
import { NextYearListButton } from './actions/NextYearListButton';
import { PreviousYearPanel } from './last-year/PreviousYearPanel';
import { OverrideAction } from './overrides/OverrideAction';
import { HistoryPanel } from './history/HistoryPanel';
import { askPublicationDate, type DocumentAction } from './actions/PublishWithDateAction';

// The admin types a custom field's Input as a prop-less component; it is rendered with the field props.
const asInput = (module: { default: unknown }) => ({ default: module.default as ComponentType });

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    // Every publication over check errors; the route answers those who may read reports.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/overrides`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('override.records'), defaultMessage: 'Overrides' },
      permissions: [],
      Component: () => import('./overrides/OverridesPage'),
    });
    // The audit log; the route answers super admins only (roles.read keeps it from editors' menus).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/audit`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('audit.title'), defaultMessage: 'Audit log' },
      permissions: [{ action: 'admin::roles.read', subject: null }],
      Component: () => import('./audit/AuditPage'),
    });
    app.customFields.register([
      {
        name: 'year',
        pluginId: PLUGIN_ID,
        type: 'integer',
        icon: PluginIcon,
        intlLabel: { id: getTranslation('year.label'), defaultMessage: 'Year' },
        intlDescription: {
          id: getTranslation('year.description'),
          defaultMessage: 'Report year, four digits',
        },
        components: { Input: async () => asInput(await import('./components/YearInput')) },
      },
      {
        name: 'template',
        pluginId: PLUGIN_ID,
        type: 'string',
        icon: PluginIcon,
        intlLabel: { id: getTranslation('template.label'), defaultMessage: 'Report format' },
        intlDescription: {
          id: getTranslation('template.description'),
          defaultMessage: 'The template the report follows',
        },
        components: { Input: async () => asInput(await import('./components/TemplateInput')) },
      },
      {
        // On a statistic table's `cells` (json): the table as the official form prints it.
        name: 'statistic-grid',
        pluginId: PLUGIN_ID,
        type: 'json',
        icon: PluginIcon,
        intlLabel: { id: getTranslation('grid.label'), defaultMessage: 'Statistic table' },
        intlDescription: {
          id: getTranslation('grid.description'),
          defaultMessage: 'Enter a statistic table cell by cell, as the official form prints it',
        },
        components: { Input: async () => asInput(await import('./grid/StatisticGridInput')) },
      },
      {
        name: 'table-heading',
        pluginId: PLUGIN_ID,
        type: 'string',
        icon: PluginIcon,
        intlLabel: { id: getTranslation('tableHeading.label'), defaultMessage: 'Table' },
        intlDescription: {
          id: getTranslation('tableHeading.description'),
          defaultMessage: 'The official table a statistic table stands for, shown read-only',
        },
        components: { Input: async () => asInput(await import('./components/TableHeadingField')) },
      },
      {
        name: 'check-summary',
        pluginId: PLUGIN_ID,
        type: 'json',
        icon: PluginIcon,
        intlLabel: { id: getTranslation('summary.label'), defaultMessage: 'Check summary' },
        intlDescription: {
          id: getTranslation('summary.description'),
          defaultMessage: 'Counts of the last stored check run, shown read-only',
        },
        components: { Input: async () => asInput(await import('./components/CheckSummaryField')) },
      },
      {
        name: 'import-source',
        pluginId: PLUGIN_ID,
        type: 'json',
        icon: PluginIcon,
        intlLabel: { id: getTranslation('source.label'), defaultMessage: 'Source' },
        intlDescription: {
          id: getTranslation('source.description'),
          defaultMessage: 'Where an imported report came from, shown read-only',
        },
        components: { Input: async () => asInput(await import('./components/ImportSourceField')) },
      },
    ]);
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      injectComponent: (
        view: string,
        zone: string,
        component: { name: string; Component: ComponentType },
      ) => void;
      apis: {
        addEditViewSidePanel: (panels: unknown[]) => void;
        addDocumentAction: (reducer: (actions: unknown[]) => unknown[]) => void;
      };
    };
    // What a report still needs comes first; then printing, the published files, history, last
    // year's text, and the checks, which stay in view (sticky) as the editor scrolls.
    contentManager.apis.addEditViewSidePanel([
      FirstStepsPanel,
      PreviewPanel,
      OutputsPanel,
      HistoryPanel,
      PreviousYearPanel,
      ChecksPanel,
    ]);
    contentManager.injectComponent('listView', 'actions', {
      name: `${PLUGIN_ID}-next-year`,
      Component: NextYearListButton,
    });
    contentManager.apis.addDocumentAction((actions: unknown[]) => [
      ...askPublicationDate(actions as DocumentAction[]),
      NextYearAction,
      OverrideAction,
    ]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', listColumns);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          return {
            data: Object.fromEntries(
              Object.entries(data).map(([key, value]) => [getTranslation(key), value]),
            ),
            locale,
          };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

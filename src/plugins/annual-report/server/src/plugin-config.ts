import type { Core } from '@strapi/strapi';
import type { PluginConfig } from './config';

export const PLUGIN_ID = 'annual-report';

export const pluginConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

/** One of the plugin's services, as the official plugins' getService does. */
export const getService = (
  strapi: Core.Strapi,
  name:
    | 'templates'
    | 'checks'
    | 'report-loader'
    | 'cache'
    | 'checks-refresh'
    | 'report-document'
    | 'preview'
    | 'pdf'
    | 'acknowledgements'
    | 'overrides',
) => strapi.plugin(PLUGIN_ID).service(name);

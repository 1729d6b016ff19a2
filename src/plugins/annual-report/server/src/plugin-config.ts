import type { Core } from '@strapi/strapi';
import type { PluginConfig } from './config';

export const PLUGIN_ID = 'annual-report';

export const pluginConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

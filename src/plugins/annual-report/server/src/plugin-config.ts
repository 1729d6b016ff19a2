import type { Core } from '@strapi/strapi';
import type { PluginConfig } from './config';
import type { services } from './slices';

export const PLUGIN_ID = 'annual-report';

export const pluginConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

/**
 * The plugin's services by name, typed as their factories return them (the content-manager's
 * getService pattern): no caller re-annotates what it gets.
 */
type Services = typeof services;

export const getService = <K extends keyof Services>(
  strapi: Core.Strapi,
  name: K,
): ReturnType<Services[K]> => strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[K]>;

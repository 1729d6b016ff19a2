import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'global::graphql-body',
  'global::input-guard',
  // Anonymous reads of published content from memory or Redis (REDIS_URL); see the README.
  'plugin::annual-report.public-cache',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;

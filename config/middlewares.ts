import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  // A lost database connection: 503 with Retry-After (reads are retried once first).
  'plugin::annual-report.database-unavailable',
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

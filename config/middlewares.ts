import type { Core } from '@strapi/strapi';
import { REPORT_BODY_BYTES } from '../src/plugins/annual-report/shared';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  // A lost database connection: 503 with Retry-After (reads are retried once first).
  'plugin::annual-report.database-unavailable',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::body-bytes',
  // A report at every documented limit fits (REPORT_LIMITS); Strapi's default of 1 MB did not.
  { name: 'strapi::body', config: { jsonLimit: REPORT_BODY_BYTES } },
  'global::graphql-body',
  'global::input-guard',
  // Anonymous reads of published content from memory or Redis (REDIS_URL); see the README.
  'plugin::annual-report.public-cache',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;

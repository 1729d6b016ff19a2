import access from './access';
import acknowledgements from './acknowledgements';
import audit from './audit';
import cache from './cache';
import checks from './checks';
import database from './database';
import health from './health';
import history from './history';
import nextYear from './next-year';
import output from './output';
import overrides from './overrides';
import preview from './preview';
import reports from './reports';
import templates from './templates';

/** Every feature of the plugin; the root index only assembles them. */
// In this order at register and bootstrap: the cache connects before the checks refresh empties it.
export const slices = [
  database,
  cache,
  templates,
  reports,
  access,
  checks,
  output,
  preview,
  nextYear,
  acknowledgements,
  overrides,
  history,
  audit,
  health,
];

export const services = {
  ...templates.services,
  ...reports.services,
  ...access.services,
  ...checks.services,
  ...output.services,
  ...preview.services,
  ...cache.services,
  ...nextYear.services,
  ...acknowledgements.services,
  ...overrides.services,
  ...history.services,
  ...audit.services,
};

export const controllers = {
  ...templates.controllers,
  ...reports.controllers,
  ...checks.controllers,
  ...output.controllers,
  ...preview.controllers,
  ...nextYear.controllers,
  ...acknowledgements.controllers,
  ...overrides.controllers,
  ...history.controllers,
  ...audit.controllers,
  ...health.controllers,
};

export const contentTypes = {
  ...cache.contentTypes,
  ...acknowledgements.contentTypes,
  ...overrides.contentTypes,
  ...history.contentTypes,
  ...audit.contentTypes,
};

export const middlewares = { ...database.middlewares, ...cache.middlewares };

export const policies = { ...access.policies };

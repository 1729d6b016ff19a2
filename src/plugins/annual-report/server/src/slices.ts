import acknowledgements from './acknowledgements';
import cache from './cache';
import checks from './checks';
import nextYear from './next-year';
import output from './output';
import overrides from './overrides';
import preview from './preview';
import reports from './reports';
import templates from './templates';

/** Every feature of the plugin; the root index only assembles them. */
// In this order at register and bootstrap: the cache connects before the checks refresh empties it.
export const slices = [
  cache,
  templates,
  reports,
  checks,
  output,
  preview,
  nextYear,
  acknowledgements,
  overrides,
];

export const services = {
  ...templates.services,
  ...reports.services,
  ...checks.services,
  ...output.services,
  ...preview.services,
  ...cache.services,
  ...nextYear.services,
  ...acknowledgements.services,
  ...overrides.services,
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
};

export const contentTypes = { ...acknowledgements.contentTypes, ...overrides.contentTypes };

export const middlewares = { ...cache.middlewares };

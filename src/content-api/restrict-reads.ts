import type { Core, UID } from '@strapi/strapi';
import { assertCleanInput } from '../input-guard/assert-clean-input';
import { mayReadDrafts, type Auth } from '../plugins/annual-report/shared';
import { assertFilterValues } from './filter-values';
import type { GetModel, Model } from './model';
import { restrictQuery } from './restrict-query';

type QuerySanitizer = (
  query: Record<string, unknown>,
  schema: Model,
  options?: { auth?: Auth },
) => Promise<Record<string, unknown>>;

/**
 * Every content API read, REST or GraphQL, root query or nested relation, passes its query through
 * `strapi.contentAPI.sanitize.query`; Strapi offers no hook there, so the one function is wrapped
 * (see restrict-query.ts for what is restricted, and why). Filter values are checked there too
 * against their attributes' types (filter-values.ts): the database would throw a 500 at them.
 */
export const restrictContentApiReads = (strapi: Core.Strapi) => {
  const sanitize = strapi.contentAPI.sanitize as unknown as { query: QuerySanitizer };
  const sanitizeQuery = sanitize.query.bind(sanitize);
  // Relation targets and components are read from the schemas as strings at run time.
  const getModel = ((uid: string) => strapi.getModel(uid as UID.Schema)) as unknown as GetModel;
  sanitize.query = async (query, schema, options) => {
    // GraphQL arguments are not in the request's query string: they are checked here.
    assertCleanInput(query, ['query']);
    const sanitized = await sanitizeQuery(query, schema, options);
    assertFilterValues(sanitized, schema, getModel);
    return restrictQuery(sanitized, schema, {
      getModel,
      publishedOnly: !mayReadDrafts(options?.auth),
    });
  };
};

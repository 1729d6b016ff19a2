import type { Core } from '@strapi/strapi';
import { assertCleanInput } from '../input-guard/assert-clean-input';
import { mayReadDrafts, type Auth } from './draft-access';
import { publishedOnlyQuery, type GetModel, type Model } from './published-only-query';

type QuerySanitizer = (
  query: Record<string, unknown>,
  schema: Model,
  options?: { auth?: Auth },
) => Promise<Record<string, unknown>>;

/**
 * Every content API read, REST or GraphQL, root query or nested relation, passes its query through
 * `strapi.contentAPI.sanitize.query`; Strapi offers no hook there, so the one function is wrapped:
 * readers without draft access get a query that sees published rows only, and no query reaches
 * the database with text it cannot store.
 */
export const holdReadsToPublished = (strapi: Core.Strapi) => {
  const sanitize = strapi.contentAPI.sanitize as unknown as { query: QuerySanitizer };
  const sanitizeQuery = sanitize.query.bind(sanitize);
  const getModel = ((uid: string) => strapi.getModel(uid as never)) as unknown as GetModel;
  sanitize.query = async (query, schema, options) => {
    // GraphQL arguments are not in the request's query string: they are checked here.
    assertCleanInput(query, ['query']);
    const sanitized = await sanitizeQuery(query, schema, options);
    return mayReadDrafts(options?.auth)
      ? sanitized
      : publishedOnlyQuery(sanitized, schema, getModel);
  };
};

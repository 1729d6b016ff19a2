/** Who may read drafts through the content API (REST, GraphQL): the back office's API tokens only. */

export interface Auth {
  strategy?: { name?: string };
  credentials?: unknown;
}

// Strapi 5.54 names the strategy content-api-token; earlier 5.x releases called it api-token.
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Anonymous visitors and signed-in site users (Users & Permissions) read published versions only,
 * whatever role they have; drafts are for API tokens (admins read them in the Content Manager).
 */
export const mayReadDrafts = (auth: Auth | undefined) =>
  Boolean(auth?.credentials) && API_TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '');

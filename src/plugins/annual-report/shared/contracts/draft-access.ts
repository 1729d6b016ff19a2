/** Who may read drafts through the content API (REST, GraphQL, the plugin's public routes). */

export interface Auth {
  strategy?: { name?: string };
  credentials?: unknown;
}

// Strapi 5.54 names the strategy content-api-token; earlier 5.x releases called it api-token.
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Drafts are for the back office: API tokens (admins read them in the Content Manager). Anonymous
 * visitors and signed-in site users (Users & Permissions, whatever their role) read published
 * versions only.
 */
export const mayReadDrafts = (auth: Auth | undefined) =>
  Boolean(auth?.credentials) && API_TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '');

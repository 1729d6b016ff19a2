export interface AuthState {
  auth?: { strategy?: { name?: string }; credentials?: unknown };
}

// Strapi 5.54 names the strategy content-api-token; earlier 5.x releases called it api-token.
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** Drafts are for the back office: an API token, never an anonymous caller or a site user. */
export const isApiToken = (state: AuthState | undefined) =>
  Boolean(state?.auth?.credentials) && API_TOKEN_STRATEGIES.has(state?.auth?.strategy?.name ?? '');

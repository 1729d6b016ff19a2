import type { Core } from '@strapi/strapi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

interface AuthState {
  strategy: { name?: string };
  credentials: unknown;
  ability: unknown;
}

interface AuthService {
  authenticate(ctx: Ctx, next: Next): Promise<unknown>;
}

/** A content-API request with no credentials of its own, on a route with the usual strategies. */
const isAnonymous = (ctx: Ctx) => {
  const route = ctx.state.route as
    | { info?: { type?: string }; config?: { auth?: false | { strategies?: unknown } } }
    | undefined;
  const auth = route?.config?.auth;
  return (
    route?.info?.type === 'content-api' &&
    auth !== false &&
    auth?.strategies === undefined &&
    !ctx.request.header.authorization
  );
};

/**
 * For every anonymous content-API request, users-permissions reads the public role's permissions
 * from the database and builds an ability from them: the same answer each time, until a
 * permission changes. This keeps that answer (the strategy and its ability, as the strategy gave
 * them) for `seconds`, or until `forget()` (a permission written on this instance; other
 * instances see it within `seconds`). Requests with an Authorization header go the usual way.
 */
export const keepPublicAbility = (strapi: Core.Strapi, seconds: number) => {
  const auth = strapi.get('auth') as AuthService;
  const authenticate = auth.authenticate.bind(auth);
  let kept: { strategy: AuthState['strategy']; ability: unknown; until: number } | null = null;
  let version = 0;
  const forget = () => {
    kept = null;
    version += 1;
  };
  if (seconds <= 0) return { forget };

  auth.authenticate = async (ctx, next) => {
    if (!isAnonymous(ctx)) return authenticate(ctx, next);
    if (kept && kept.until > Date.now()) {
      ctx.state.isAuthenticated = true;
      ctx.state.auth = { strategy: kept.strategy, credentials: null, ability: kept.ability };
      return next();
    }
    const asked = version;
    return authenticate(ctx, () => {
      const state = ctx.state.auth as AuthState | undefined;
      // Kept only as users-permissions gave it to the public, and if nothing changed meanwhile.
      const isPublic = state?.strategy?.name === 'users-permissions' && state.credentials === null;
      if (isPublic && asked === version) {
        kept = {
          strategy: state.strategy,
          ability: state.ability,
          until: Date.now() + seconds * 1000,
        };
      }
      return next();
    });
  };
  return { forget };
};

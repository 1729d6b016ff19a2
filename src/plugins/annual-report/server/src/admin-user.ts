import type { Core } from '@strapi/strapi';

/** The signed-in admin as the plugin stamps records with it: never taken from the request body. */
export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

export function adminName(user: AdminUser): string {
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return name || user.username || user.email || `#${user.id}`;
}

/** Who is acting in the current request: the signed-in admin, an API token, or the server. */
export function actorOfRequest(strapi: Core.Strapi): { userId: number | null; name: string } {
  const state = strapi.requestContext.get()?.state as
    | { user?: AdminUser; auth?: { strategy?: { name?: string } } }
    | undefined;
  if (state?.user?.id) return { userId: state.user.id, name: adminName(state.user) };
  if (state?.auth?.strategy?.name) return { userId: null, name: 'API' };
  return { userId: null, name: '系统' };
}

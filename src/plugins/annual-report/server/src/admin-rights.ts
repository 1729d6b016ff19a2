import { errors } from '@strapi/utils';

import type { AdminUser } from './admin-user';

export interface AdminState {
  userAbility?: { can(action: string, subject?: string): boolean };
  user?: AdminUser;
}

/** The plugin's own action: publish a report over its check errors, with a reason. */
export const OVERRIDE_ACTION = 'plugin::annual-report.override-check';

/**
 * The plugin's admin routes read and write reports on behalf of an admin: they hold the admin to
 * the same Content Manager rights (RBAC) as the edit view does, not just to being signed in.
 */
export function assertMay(
  state: AdminState | undefined,
  action: 'read' | 'create' | 'update' | 'publish',
  uid: string,
): void {
  if (!state?.userAbility?.can(`plugin::content-manager.explorer.${action}`, uid))
    throw new errors.ForbiddenError(`Your role may not ${action} reports`);
}

/** The admin making the request, as records are stamped with it. */
export function adminOf(state: AdminState | undefined): AdminUser {
  if (!state?.user) throw new errors.UnauthorizedError('Sign in as an admin');
  return state.user;
}

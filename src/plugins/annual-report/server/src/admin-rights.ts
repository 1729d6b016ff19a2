import { errors } from '@strapi/utils';

import type { AdminUser } from './admin-user';

export interface AdminState {
  userAbility?: { can(action: string, subject?: unknown): boolean };
  user?: AdminUser;
}

/** The plugin's own action: publish a report over its check errors, with a reason. */
export const OVERRIDE_ACTION = 'plugin::annual-report.override-check';

/** The admin making the request, as records are stamped with it. */
export function adminOf(state: AdminState | undefined): AdminUser {
  if (!state?.user) throw new errors.UnauthorizedError('Sign in as an admin');
  return state.user;
}

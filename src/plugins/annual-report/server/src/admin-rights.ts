import { errors } from '@strapi/utils';

export interface AdminState {
  userAbility?: { can(action: string, subject?: string): boolean };
}

/**
 * The plugin's admin routes read and write reports on behalf of an admin: they hold the admin to
 * the same Content Manager rights (RBAC) as the edit view does, not just to being signed in.
 */
export function assertMay(
  state: AdminState | undefined,
  action: 'read' | 'create',
  uid: string,
): void {
  if (!state?.userAbility?.can(`plugin::content-manager.explorer.${action}`, uid))
    throw new errors.ForbiddenError(`Your role may not ${action} reports`);
}

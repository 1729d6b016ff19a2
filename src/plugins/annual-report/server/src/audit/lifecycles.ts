import type { Core } from '@strapi/strapi';
import { getService } from '../plugin-config';

const SECRET_FIELDS = new Set(['password', 'resetPasswordToken', 'registrationToken']);

type Event = {
  action: string;
  model: { uid: string };
  params?: { data?: Record<string, unknown>; where?: Record<string, unknown> };
  result?: Record<string, unknown> | { count?: number };
};

/**
 * Records changes to admin roles, their permissions and admin users (who may do what), from the
 * database's lifecycles, so that every path is covered. Secrets are never recorded, only the
 * names of the fields that changed; a role's permissions rewritten in one request are one entry.
 */
export function auditAccessChanges(strapi: Core.Strapi): void {
  const audit = () => getService(strapi, 'audit');
  const changedFields = (event: Event) =>
    Object.keys(event.params?.data ?? {}).filter((field) => !SECRET_FIELDS.has(field));

  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event: Event) {
      const role = event.result as { id?: number; name?: string };
      await audit().record('role.create', 'admin::role', {
        title: role.name,
        details: { id: role.id },
      });
    },
    async afterUpdate(event: Event) {
      const role = event.result as { id?: number; name?: string };
      await audit().record('role.update', 'admin::role', {
        title: role.name,
        details: { id: role.id, fields: changedFields(event) },
      });
    },
    async afterDelete(event: Event) {
      const role = event.result as { id?: number; name?: string } | undefined;
      await audit().record('role.delete', 'admin::role', {
        title: role?.name,
        details: { id: role?.id },
      });
    },
  });

  // Strapi rewrites the super admin's permissions at every boot: only a request's changes count.
  const permissionsChanged = async (event: Event) => {
    const request = strapi.requestContext.get();
    if (!request || request.state.annualReportAuditedPermissions) return;
    request.state.annualReportAuditedPermissions = true;
    await audit().record('role.permissions', 'admin::permission', {
      details: { change: event.action, path: request.path },
    });
  };
  strapi.db.lifecycles.subscribe({
    models: ['admin::permission'],
    afterCreate: permissionsChanged,
    afterCreateMany: permissionsChanged,
    afterUpdate: permissionsChanged,
    afterDelete: permissionsChanged,
    afterDeleteMany: permissionsChanged,
  });

  const user = (event: Event) => event.result as { id?: number; email?: string } | undefined;
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    async afterCreate(event: Event) {
      await audit().record('user.create', 'admin::user', {
        title: user(event)?.email,
        details: { id: user(event)?.id },
      });
    },
    async afterUpdate(event: Event) {
      const fields = changedFields(event);
      if (fields.length === 0) return;
      await audit().record('user.update', 'admin::user', {
        title: user(event)?.email,
        details: { id: user(event)?.id, fields },
      });
    },
    async afterDelete(event: Event) {
      await audit().record('user.delete', 'admin::user', {
        title: user(event)?.email,
        details: { id: user(event)?.id },
      });
    },
  });
}

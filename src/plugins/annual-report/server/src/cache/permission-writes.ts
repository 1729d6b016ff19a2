import type { Core } from '@strapi/strapi';

/** What a role may do is read from these. */
const MODELS = ['plugin::users-permissions.permission', 'plugin::users-permissions.role'];
const AFTER_WRITES = [
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
];

/** Calls `listener` after every write to a users-permissions permission or role. */
export const onPermissionWrite = (strapi: Core.Strapi, listener: () => Promise<void> | void) => {
  strapi.db.lifecycles.subscribe({
    models: MODELS,
    ...Object.fromEntries(AFTER_WRITES.map((event) => [event, () => listener()])),
  });
};

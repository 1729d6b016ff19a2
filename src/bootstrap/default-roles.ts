import type { Core } from '@strapi/strapi';

interface RoleText {
  name: string;
  description: string;
}

/**
 * Strapi's three default admin roles as it creates them (in English, whatever the interface
 * language) and as the office reads them. Keyed by the role's code, which Strapi goes by.
 */
export const DEFAULT_ROLES: Readonly<Record<string, { strapi: RoleText; office: RoleText }>> = {
  'strapi-super-admin': {
    strapi: {
      name: 'Super Admin',
      description: 'Super Admins can access and manage all features and settings.',
    },
    office: { name: '超级管理员', description: '可以使用和管理全部功能与设置。' },
  },
  'strapi-editor': {
    strapi: {
      name: 'Editor',
      description: 'Editors can manage and publish contents including those of other users.',
    },
    office: { name: '编辑', description: '可以管理和发布全部内容，包括其他用户创建的内容。' },
  },
  'strapi-author': {
    strapi: { name: 'Author', description: 'Authors can manage the content they have created.' },
    office: { name: '作者', description: '可以管理自己创建的内容。' },
  },
};

/**
 * What to write over a default role: its Chinese name and description, each only while it is
 * still Strapi's English one, so a role an administrator renamed or described keeps their words.
 */
export const chineseRoleUpdate = (role: {
  code?: string | null;
  name?: string | null;
  description?: string | null;
}): Partial<RoleText> | null => {
  const defaults = role.code ? DEFAULT_ROLES[role.code] : undefined;
  if (!defaults) return null;
  const update: Partial<RoleText> = {};
  if (role.name === defaults.strapi.name) update.name = defaults.office.name;
  if (role.description === defaults.strapi.description)
    update.description = defaults.office.description;
  return Object.keys(update).length > 0 ? update : null;
};

/** Strapi creates its default roles in English on first boot; the office reads them in Chinese. */
export const translateDefaultRoles = async (strapi: Core.Strapi) => {
  const roles = await strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $in: Object.keys(DEFAULT_ROLES) } } });
  for (const role of roles) {
    const update = chineseRoleUpdate(role);
    if (update)
      await strapi.db.query('admin::role').update({ where: { id: role.id }, data: update });
  }
};

import request from 'supertest';
import type { Core } from '@strapi/strapi';

/**
 * A super admin, as the first administrator of a new installation is; with `permissions`, an
 * admin of a role of its own holding only those (`[]`: signed in, allowed nothing).
 */
export const createAdmin = async (
  strapi: Core.Strapi,
  permissions?: Array<{ action: string; subject?: string; conditions?: string[] }>,
): Promise<{ email: string; password: string }> => {
  const email = `editor-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`;
  const password = 'Editor-password-1';
  const roles = strapi.service('admin::role');
  const role = permissions
    ? await roles.create({ name: `role-${email}`, description: 'test role' })
    : await roles.getSuperAdmin();
  if (permissions) await roles.assignPermissions(role.id, permissions);
  await strapi.service('admin::user').create({
    email,
    firstname: 'Editor',
    lastname: 'Test',
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return { email, password };
};

/** A super admin signed in through /admin/login, as an editor in the admin panel is. */
export const signInAdmin = async (
  strapi: Core.Strapi,
  permissions?: Array<{ action: string; subject?: string; conditions?: string[] }>,
): Promise<string> => {
  const { email, password } = await createAdmin(strapi, permissions);
  const res = await request(strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password })
    .expect(200);
  return res.body.data.token as string;
};

import request from 'supertest';
import type { Core } from '@strapi/strapi';

/** A super admin, as the first administrator of a new installation is. */
export const createAdmin = async (
  strapi: Core.Strapi,
): Promise<{ email: string; password: string }> => {
  const email = `editor-${Date.now()}@example.org`;
  const password = 'Editor-password-1';
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email,
    firstname: 'Editor',
    lastname: 'Test',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return { email, password };
};

/** A super admin signed in through /admin/login, as an editor in the admin panel is. */
export const signInAdmin = async (strapi: Core.Strapi): Promise<string> => {
  const { email, password } = await createAdmin(strapi);
  const res = await request(strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password })
    .expect(200);
  return res.body.data.token as string;
};

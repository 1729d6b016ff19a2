import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { grantPublicRead, PUBLIC_ACTIONS } from '../../src/bootstrap/public-permissions';

/**
 * A signed-in Users & Permissions user (a portal's registered visitor) whose role may read
 * reports: such a user is not the back office and must see what the public sees.
 */
export const signInSiteUser = async (strapi: Core.Strapi): Promise<string> => {
  await grantPublicRead(strapi, PUBLIC_ACTIONS, 'authenticated');
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const suffix = Math.random().toString(36).slice(2, 8);
  const password = 'Site-user-password-1';
  await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: `reader${suffix}`,
      email: `reader${suffix}@example.org`,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
  const res = await request(strapi.server.httpServer)
    .post('/api/auth/local')
    .send({ identifier: `reader${suffix}@example.org`, password })
    .expect(200);
  return res.body.jwt as string;
};

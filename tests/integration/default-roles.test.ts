import { startStrapi, type TestApp } from '../helpers/strapi';

/** The roles Strapi creates on a new installation read in Chinese in Settings → Roles. */
let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

it('names and describes Strapi’s three default roles in Chinese', async () => {
  const roles = await app.strapi.db
    .query('admin::role')
    .findMany({
      where: { code: { $in: ['strapi-super-admin', 'strapi-editor', 'strapi-author'] } },
    });
  const byCode = Object.fromEntries(
    roles.map((role: { code: string; name: string; description: string }) => [
      role.code,
      { name: role.name, description: role.description },
    ]),
  );
  expect(byCode).toEqual({
    'strapi-super-admin': { name: '超级管理员', description: '可以使用和管理全部功能与设置。' },
    'strapi-editor': {
      name: '编辑',
      description: '可以管理和发布全部内容，包括其他用户创建的内容。',
    },
    'strapi-author': { name: '作者', description: '可以管理自己创建的内容。' },
  });
});

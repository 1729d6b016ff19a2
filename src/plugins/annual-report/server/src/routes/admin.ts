export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/templates',
      handler: 'templates.list',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ],
};

import acknowledgements from '../acknowledgements';
import overrides from '../overrides';

const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/templates', handler: 'templates.list', config: authenticated },
    { method: 'POST', path: '/checks', handler: 'checks.run', config: authenticated },
    {
      method: 'GET',
      path: '/reports/:documentId/checks',
      handler: 'checks.adminFindOne',
      config: authenticated,
    },
    {
      method: 'GET',
      path: '/previous-report',
      handler: 'reports.previous',
      config: authenticated,
    },
    {
      method: 'POST',
      path: '/reports/:documentId/next-year',
      handler: 'next-year.create',
      config: authenticated,
    },
    ...acknowledgements.adminRoutes,
    ...overrides.adminRoutes,
  ],
};

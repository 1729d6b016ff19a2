export default {
  type: 'content-api',
  routes: [
    // Public once the role has `plugin::annual-report.checks.findOne` (the app grants it).
    { method: 'GET', path: '/reports/:documentId/checks', handler: 'checks.findOne' },
  ],
};

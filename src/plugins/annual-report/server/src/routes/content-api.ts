const output = (path: string, handler: string) => ({
  method: 'GET',
  path: `/reports/:documentId/${path}`,
  handler: `outputs.${handler}`,
});

export default {
  type: 'content-api',
  routes: [
    // Public once the role has the action (the app grants them): published versions only.
    { method: 'GET', path: '/reports/:documentId/checks', handler: 'checks.findOne' },
    output('document', 'document'),
    output('html', 'html'),
    output('tables.csv', 'csv'),
    output('docx', 'docx'),
    output('pdf', 'pdf'),
    // Guarded by its own signed, expiring token instead of a role (see controllers/preview.ts).
    { method: 'GET', path: '/preview', handler: 'preview.show', config: { auth: false } },
  ],
};

import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './plugin-config';
import { reportDocumentMiddleware } from './document-middleware';
import { slices } from './slices';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.customFields.register([
    // An integer the admin shows without thousands separators (2018, not "2,018").
    { name: 'year', plugin: PLUGIN_ID, type: 'integer' },
    // A template key from the registry; a custom field so the admin can offer a picker.
    { name: 'template', plugin: PLUGIN_ID, type: 'string' },
    // A statistic table's cells, edited in the admin as the official form's grid.
    { name: 'statistic-grid', plugin: PLUGIN_ID, type: 'json' },
    // Shown, not typed: a template table's key as its official title, the stored check summary as
    // counts, an import's origin as a note.
    { name: 'table-heading', plugin: PLUGIN_ID, type: 'string' },
    { name: 'check-summary', plugin: PLUGIN_ID, type: 'json' },
    { name: 'import-source', plugin: PLUGIN_ID, type: 'json' },
  ]);
  // The cache's invalidation first, so that it runs outside the report middleware's transaction.
  for (const slice of slices) if ('register' in slice) slice.register(strapi);
  strapi.documents.use(reportDocumentMiddleware(strapi));
};

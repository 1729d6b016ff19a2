import type { Core } from '@strapi/strapi';
import { getService } from '../plugin-config';
import type { Route, Slice } from '../slice';
import controller from './controller';
import { registerAnnualReportQueries } from './graphql';
import pdf from './pdf';
import rateLimit from './rate-limit';
import reportDocument from './report-document';

const output = (path: string, handler: string): Route => ({
  method: 'GET',
  path: `/reports/:documentId/${path}`,
  handler: `outputs.${handler}`,
});

/** A published report as printed: labeled JSON, HTML, CSV, Word, PDF, and GraphQL's typed form. */
export default {
  services: { pdf, 'report-document': reportDocument, 'rate-limit': rateLimit },
  controllers: { outputs: controller },
  // Public once the role has the action (the app grants them): published versions only.
  contentApiRoutes: [
    output('document', 'document'),
    output('html', 'html'),
    output('tables.csv', 'csv'),
    output('docx', 'docx'),
    output('pdf', 'pdf'),
  ],
  register(strapi: Core.Strapi) {
    registerAnnualReportQueries(strapi);
  },
  // A site's font file that is not there stops the boot instead of printing with another font.
  async bootstrap(strapi: Core.Strapi) {
    if (getService(strapi, 'pdf').fonts().length === 0)
      strapi.log.warn(
        'annual-report: no print fonts (run npm run build:plugin, which copies them): PDFs use the system fonts, which Chromium may embed as Type 3',
      );
  },
  async destroy(strapi: Core.Strapi) {
    await getService(strapi, 'pdf').close();
  },
} satisfies Slice;

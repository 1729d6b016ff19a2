import type { Core } from '@strapi/strapi';
import { getService } from '../plugin-config';
import type { Route, Slice } from '../slice';
import controller from './controller';
import { registerAnnualReportQueries } from './graphql';
import pdf from './pdf';
import rateLimit from './rate-limit';
import rateLimitMiddleware from './rate-limit-middleware';
import reportDocument from './report-document';

const output = (path: string, handler: string, config?: Route['config']): Route => ({
  method: 'GET',
  path: `/reports/:documentId/${path}`,
  handler: `outputs.${handler}`,
  ...(config ? { config } : {}),
});

/** Outputs that cost a client's token (config `rateLimit`): each takes CPU or a Chromium page. */
const expensive = { middlewares: ['plugin::annual-report.rate-limit'] };

/** A published report as printed: labeled JSON, HTML, CSV, Word, PDF, and GraphQL's typed form. */
export default {
  services: { pdf, 'report-document': reportDocument, 'rate-limit': rateLimit },
  controllers: { outputs: controller },
  middlewares: { 'rate-limit': rateLimitMiddleware },
  // Public once the role has the action (the app grants them): published versions only.
  contentApiRoutes: [
    output('document', 'document'),
    output('html', 'html'),
    output('tables.csv', 'csv'),
    output('docx', 'docx', expensive),
    output('pdf', 'pdf', expensive),
  ],
  register(strapi: Core.Strapi) {
    registerAnnualReportQueries(strapi);
  },
  async destroy(strapi: Core.Strapi) {
    await getService(strapi, 'pdf').close();
  },
} satisfies Slice;

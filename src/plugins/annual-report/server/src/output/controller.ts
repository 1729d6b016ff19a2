import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { ReportDocument } from '../../../shared/contracts/document';
import type { GetReportDocument } from '../../../shared/contracts/output-routes';
import { getService } from '../plugin-config';
import { serviceUnavailable } from '../error-body';
import { renderReportPage } from './html';
import { tablesCsv } from './csv';
import { reportDocx } from './docx';
import { takeDownloadToken } from './download-limit';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** About one print's time: a full queue has moved on by then. */
const PDF_RETRY_AFTER_SECONDS = 5;

/** A file name an office recognises: the report's title, without characters file systems refuse. */
const fileName = (document: ReportDocument, extension: string) =>
  `${(document.title || `${document.year}年度报告`).replace(/[\\/:*?"<>|\s]+/g, '_')}.${extension}`;

/** The HTML page with its policy: no script at all, styles by hash, not framed by other sites. */
export const sendPage = (ctx: Context, page: { html: string; contentSecurityPolicy: string }) => {
  ctx.set('Content-Security-Policy', page.contentSecurityPolicy);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = page.html;
};

/**
 * Public outputs of published reports (no token): the labeled document, the HTML page, the tables
 * as CSV, Word and PDF. A document without a published version is a 404 whatever the query says.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const published = async (ctx: Context): Promise<ReportDocument> => {
    const reader = getService(strapi, 'read-gate').content(ctx);
    const report = await reader.report(ctx.params.documentId, { status: 'published' });
    return getService(strapi, 'report-document').resolve(report);
  };

  return {
    async document(ctx: Context) {
      ctx.body = { data: await published(ctx) } satisfies GetReportDocument.Response;
    },

    async html(ctx: Context) {
      sendPage(ctx, renderReportPage(await published(ctx)));
    },

    async csv(ctx: Context) {
      const document = await published(ctx);
      ctx.attachment(fileName(document, 'csv'));
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = tablesCsv(document);
    },

    async docx(ctx: Context) {
      const document = await published(ctx);
      takeDownloadToken(strapi, ctx);
      ctx.attachment(fileName(document, 'docx'));
      ctx.type = DOCX;
      ctx.body = await reportDocx(document);
    },

    async pdf(ctx: Context) {
      const pdf = getService(strapi, 'pdf');
      if (!pdf.available()) {
        throw new errors.NotImplementedError(
          'PDF output needs Chromium on the server: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
        );
      }
      const document = await published(ctx);
      takeDownloadToken(strapi, ctx);
      const page = pdf.page(document);
      // The page itself names the print: however the URL was spelled, one page is printed once.
      const printing = pdf.print(createHash('sha256').update(page.html).digest('base64url'), page, {
        title: document.title,
        author: document.agency?.name ?? null,
      });
      if (!printing) {
        serviceUnavailable(
          ctx,
          PDF_RETRY_AFTER_SECONDS,
          'Too many PDFs are being printed: try again shortly',
        );
        return;
      }
      const body = await printing;
      ctx.attachment(fileName(document, 'pdf'));
      ctx.type = 'application/pdf';
      ctx.body = body;
    },
  } satisfies Core.Controller;
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../plugin-config';
import { renderReportPage } from '../output/html';
import type { Context } from 'koa';
import { sendPage } from '../output/controller';

/**
 * The page Strapi's Preview opens: the stored version a signed, unexpired token names, never
 * cached, never indexed. Strapi's preview-URL endpoint checks no rights, so this token is the check.
 */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    async show(ctx: Context) {
      const grant = getService(strapi, 'preview').verify(ctx.query.token);
      if (!grant) throw new errors.UnauthorizedError('Missing, forged or expired preview token');
      const document = await getService(strapi, 'report-document').load(
        grant.documentId,
        grant.status,
      );
      if (!document) throw new errors.NotFoundError('The previewed report no longer exists');
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Robots-Tag', 'noindex');
      sendPage(ctx, renderReportPage(document, { preview: grant.status === 'draft' }));
    },
  }) satisfies Core.Controller;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'koa';
import { z } from 'zod';
import { AUDITED_ACTIONS, type ListAudit } from '../../../shared/contracts/audit';
import { getService } from '../plugin-config';
import { parseOr400 } from '../validation/parse-or-400';

const query = z
  .object({
    action: z.enum(AUDITED_ACTIONS).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

const CSV_ROWS = 50_000;
const HEADER = ['时间', '操作', '对象', '文档', '标题', '操作人', '详情'];

/** The audit log is for super admins only: it names every user and what they did. */
const assertSuperAdmin = (ctx: Context) => {
  const roles = (ctx.state.user as { roles?: Array<{ code?: string }> } | undefined)?.roles ?? [];
  if (!roles.some((role) => role.code === 'strapi-super-admin')) {
    throw new errors.ForbiddenError('Only super admins may read the audit log');
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    async list(ctx: Context) {
      assertSuperAdmin(ctx);
      const q = parseOr400(query, ctx.query);
      const { entries, total } = await getService(strapi, 'audit').list(q);
      ctx.body = {
        data: entries,
        meta: { pagination: { page: q.page, pageSize: q.pageSize, total } },
      } satisfies ListAudit.Response;
    },

    /** The same entries as CSV (UTF-8 with a BOM, so that Excel reads the Chinese). */
    async csv(ctx: Context) {
      assertSuperAdmin(ctx);
      const q = parseOr400(query.omit({ page: true, pageSize: true }), ctx.query);
      const { entries } = await getService(strapi, 'audit').list({
        ...q,
        page: 1,
        pageSize: CSV_ROWS,
      });
      const rows = entries.map((e) => [
        e.at,
        e.action,
        e.subject,
        e.documentId ?? '',
        e.title ?? '',
        e.actor,
        e.details ? JSON.stringify(e.details) : '',
      ]);
      ctx.attachment('audit-log.csv');
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = `\uFEFF${stringify([HEADER, ...rows])}`;
    },
  }) satisfies Core.Controller;

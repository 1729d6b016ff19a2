import { factories } from '@strapi/strapi';
import { DEFAULT_POPULATE } from '../middlewares/default-populate';
import { snapshotPage } from '../snapshot-page';

const UID = 'api::report.report';

const asJson = (ctx: { type: string; body: unknown }, body: string) => {
  ctx.type = 'application/json';
  ctx.body = body;
  return body;
};

/** A full read the snapshots cannot answer goes the core way, with the default populate. */
const coreFullRead = (ctx: { query: Record<string, unknown> }) => {
  ctx.query.populate = DEFAULT_POPULATE;
};

/**
 * Full reads of published reports (no populate or fields of the client's own) are answered from
 * the snapshot stored at publication (see ../snapshot.ts); anything else, or a report without a
 * snapshot yet, goes the core way.
 */
export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    if (ctx.state.fullReport) {
      await this.validateQuery!(ctx);
      const query = (await this.sanitizeQuery!(ctx)) as Record<string, unknown>;
      if (query.status !== 'draft') {
        const page = await snapshotPage(strapi, query);
        if (page) return asJson(ctx, page);
      }
      coreFullRead(ctx);
    }
    return super.find(ctx);
  },

  async findOne(ctx) {
    if (ctx.state.fullReport) {
      await this.validateQuery!(ctx);
      const query = (await this.sanitizeQuery!(ctx)) as Record<string, unknown>;
      if (query.status !== 'draft') {
        const row = await strapi.db.query(UID).findOne({
          where: {
            documentId: (ctx as unknown as { params: { id: string } }).params.id,
            publishedAt: { $notNull: true },
          },
          select: ['snapshot'],
        });
        if (row?.snapshot) return asJson(ctx, `{"data":${row.snapshot},"meta":{}}`);
      }
      coreFullRead(ctx);
    }
    return super.findOne(ctx);
  },
}));

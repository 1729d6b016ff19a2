import { factories } from '@strapi/strapi';
import { DEFAULT_POPULATE } from '../middlewares/default-populate';
import { snapshotPage } from '../snapshot-page';
import { readSnapshots, responseBytes } from '../snapshot-read';

const UID = 'api::report.report';

const asJson = (ctx: { type: string; body: unknown }, body: Buffer) => {
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
        const { id } = (ctx as unknown as { params: { id: string } }).params;
        const [snapshot] = (await readSnapshots(strapi, { documentId: id })).values();
        if (snapshot) return asJson(ctx, responseBytes(snapshot, {}));
      }
      coreFullRead(ctx);
    }
    return super.findOne(ctx);
  },
}));

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayReadDrafts, type Auth } from '../../../shared/contracts/draft-access';
import { getService } from '../plugin-config';
import { isDocumentId } from '../validation/document-id';
import type { ReportReader, StoredReport } from './report-reader';

/**
 * The content-API back-end of the read gate (REST, GraphQL, the plugin's public routes): published
 * versions for everyone whose role reaches the route; drafts only for API tokens. The content API
 * writes nothing through the plugin, so only reading is granted.
 */
export function contentReader(strapi: Core.Strapi, auth: Auth | undefined): ReportReader {
  const loader = getService(strapi, 'report-loader');
  const drafts = mayReadDrafts(auth);
  const assert: ReportReader['assert'] = (action) => {
    if (action !== 'read')
      throw new errors.ForbiddenError(`The content API may not ${action} reports`);
  };

  return {
    assert,

    async report(documentId, options = {}) {
      const { status = 'published', action = 'read' } = options;
      assert(action);
      if (status === 'draft' && !drafts) {
        throw new errors.ForbiddenError('Drafts need an API token');
      }
      const found = isDocumentId(documentId) ? await loader.load(documentId, status) : null;
      if (!found) {
        throw new errors.NotFoundError(
          `No ${status} report with documentId "${String(documentId).slice(0, 64)}"`,
        );
      }
      return found as StoredReport;
    },

    async readable(documentId, status) {
      return status === 'published' || drafts ? loader.load(documentId, status) : null;
    },

    async readableIds(documentIds) {
      const filters = { documentId: { $in: documentIds } };
      return loader.documentIdsWhere(filters, drafts ? 'draft' : 'published');
    },
  };
}

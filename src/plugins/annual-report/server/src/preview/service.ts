import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { getService, pluginConfig } from '../plugin-config';
import type { AdminState } from '../admin-rights';
import { isDocumentId } from '../validation/document-id';
import { signPreviewToken, verifyPreviewToken, type PreviewGrant } from './preview-token';
import { REPORT_UID } from '../../../shared/contracts/uids';

/** Signed, expiring links to the server-rendered page of one stored report version. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const secret = (): string => {
    const configured = pluginConfig(strapi).preview.secret;
    if (configured) return configured;
    const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
    return createHash('sha256')
      .update(`annual-report preview\n${keys.join('\n')}`)
      .digest('hex');
  };

  const url = (grant: PreviewGrant): string => {
    const token = signPreviewToken(grant, secret(), pluginConfig(strapi).preview.ttlSeconds);
    return `/api/annual-report/preview?token=${encodeURIComponent(token)}`;
  };

  return {
    url,

    /**
     * Strapi's Preview handler (config/admin.ts): the page of a report for an admin who may read
     * that report. Strapi's preview-URL route checks only that an admin is signed in, so the
     * rights of the admin asking are checked here, through the read gate, before a link is signed.
     */
    async handler(
      uid: string,
      params: { documentId?: string; status?: string },
    ): Promise<string | null> {
      const state = strapi.requestContext.get()?.state as AdminState | undefined;
      if (uid !== REPORT_UID || !isDocumentId(params.documentId) || !state?.user) return null;
      const status = params.status === 'published' ? 'published' : 'draft';
      const readable = await getService(strapi, 'read-gate')
        .admin({ state })
        .readable(params.documentId, status);
      return readable ? url({ documentId: params.documentId, status }) : null;
    },

    verify(token: unknown): PreviewGrant | null {
      return verifyPreviewToken(token, secret());
    },
  };
};

import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { signPreviewToken, verifyPreviewToken, type PreviewGrant } from '../preview/preview-token';

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

  return {
    /** Same-origin path of the page, for Strapi's Preview (config/admin.ts `preview.handler`). */
    url(grant: PreviewGrant): string {
      const token = signPreviewToken(grant, secret(), pluginConfig(strapi).preview.ttlSeconds);
      return `/api/annual-report/preview?token=${encodeURIComponent(token)}`;
    },

    verify(token: unknown): PreviewGrant | null {
      return verifyPreviewToken(token, secret());
    },
  };
};

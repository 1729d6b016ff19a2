import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // Strapi's Preview opens the stored version's page on this server, behind a signed expiring link.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: ["'self'"],
      async handler(uid: string, params: { documentId?: string; status?: string }) {
        return strapi.plugin('annual-report').service('preview').handler(uid, params);
      },
    },
  },
  // A government office is not sent to Strapi's surveys and sales pages (the NPS survey posts to
  // analytics.strapi.io; promoteEE links to strapi.io's plans).
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;

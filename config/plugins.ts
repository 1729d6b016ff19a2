import type { Core } from '@strapi/strapi';
import { publishedOnlyPlugin } from '../src/graphql/published-only';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'annual-report': {
    enabled: true,
    resolve: './src/plugins/annual-report',
    config: {
      contentType: 'api::report.report',
      agencyContentType: 'api::agency.agency',
      // Site templates go here, in the shape of the built-in ones (see the plugin's shared/templates).
      templates: [],
      cache: {
        enabled: env.bool('CACHE_ENABLED', true),
        // Set on every instance behind a load balancer: they share the cache and its invalidation.
        redisUrl: env('REDIS_URL', '') || undefined,
        prefix: env('CACHE_PREFIX', 'annual-report'),
        maxBytes: env.int('CACHE_MAX_BYTES', 64 * 1024 * 1024),
        ttlSeconds: env.int('CACHE_TTL', 300),
        maxAge: env.int('CACHE_MAX_AGE', 10),
        staleWhileRevalidate: env.int('CACHE_STALE_WHILE_REVALIDATE', 30),
        // Anonymous reads reuse the public role's permissions for this long (0: read them each time).
        publicAbilitySeconds: env.int('PUBLIC_ABILITY_SECONDS', 5),
      },
      // scripts/ensure-env.js writes PREVIEW_SECRET on first run; the app keys are the fallback.
      preview: {
        secret: env('PREVIEW_SECRET', '') || undefined,
        ttlSeconds: env.int('PREVIEW_TTL', 3600),
      },
      pdf: {
        executablePath: env('CHROMIUM_PATH', '/usr/bin/chromium'),
        timeoutMs: env.int('PDF_TIMEOUT_MS', 30_000),
      },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // Off in production unless a site switches them on: the schema describes every field.
      landingPage: env.bool('GRAPHQL_PLAYGROUND', process.env.NODE_ENV !== 'production'),
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', process.env.NODE_ENV !== 'production'),
        plugins: [publishedOnlyPlugin],
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: ['image/*', 'application/pdf', 'text/plain', 'text/html', 'text/csv'],
        deniedTypes: [
          'image/svg+xml',
          'application/x-msdownload',
          'application/x-sh',
          'text/x-shellscript',
        ],
      },
    },
  },
});

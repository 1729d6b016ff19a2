import type { Core } from '@strapi/strapi';
import { publishedOnlyPlugin } from '../src/graphql/published-only';
import { REPORT_BODY_BYTES } from '../src/plugins/annual-report/shared';
import { withGraphqlLimits } from '../src/graphql/armor';

/** GraphQL list pages; a request's top-level fields share one page (src/graphql/root-items.ts). */
const PAGES = { defaultLimit: 25, maxLimit: 100 };

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'annual-report': {
    enabled: true,
    resolve: './src/plugins/annual-report',
    // Only what the environment sets: the plugin's schema holds the defaults (its config/index.ts).
    // Site templates go in `templates`, in the shape of the built-in ones (shared/templates).
    config: {
      cache: {
        enabled: env.bool('CACHE_ENABLED'),
        // Set on every instance behind a load balancer: they share the cache and its invalidation.
        redisUrl: env('REDIS_URL'),
        prefix: env('CACHE_PREFIX'),
        maxBytes: env.int('CACHE_MAX_BYTES'),
        ttlSeconds: env.int('CACHE_TTL'),
        maxAge: env.int('CACHE_MAX_AGE'),
        staleWhileRevalidate: env.int('CACHE_STALE_WHILE_REVALIDATE'),
        publicAbilitySeconds: env.int('PUBLIC_ABILITY_SECONDS'),
        generationCheckMs: env.int('CACHE_GENERATION_CHECK_MS'),
        redis: { commandTimeoutMs: env.int('REDIS_COMMAND_TIMEOUT_MS') },
      },
      // scripts/ensure-env.js writes PREVIEW_SECRET on first run; the app keys are the fallback.
      preview: { secret: env('PREVIEW_SECRET'), ttlSeconds: env.int('PREVIEW_TTL') },
      pdf: {
        executablePath: env('CHROMIUM_PATH'),
        timeoutMs: env.int('PDF_TIMEOUT_MS'),
        concurrency: env.int('PDF_CONCURRENCY'),
        queue: env.int('PDF_QUEUE'),
      },
      // Word and PDF downloads per client without an API token (README "Limits per request").
      rateLimit: {
        enabled: env.bool('OUTPUT_RATE_LIMIT'),
        burst: env.int('OUTPUT_RATE_BURST'),
        perMinute: env.float('OUTPUT_RATE_PER_MINUTE'),
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
      ...PAGES,
      // Aliases, tokens, cost and items per request (src/graphql/armor.ts); depth is depthLimit's.
      apolloServer: withGraphqlLimits(
        {
          introspection: env.bool('GRAPHQL_INTROSPECTION', process.env.NODE_ENV !== 'production'),
          plugins: [publishedOnlyPlugin],
          // The same JSON limit as strapi::body: a report at its limits is a createReport variable.
          bodyParserConfig: { jsonLimit: REPORT_BODY_BYTES },
        },
        { production: process.env.NODE_ENV === 'production', ...PAGES },
      ),
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

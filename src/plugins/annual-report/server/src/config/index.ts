import type { UID } from '@strapi/strapi';
import { createTemplateRegistry } from '../../../shared/templates/registry';

export interface PluginConfig {
  /** The app content type holding reports (the model lives in the app, see ARCHITECTURE.md). */
  contentType: UID.ContentType;
  agencyContentType: UID.ContentType;
  /** Site-defined templates, in the same shape as the built-in ones. */
  templates: unknown[];
  /** The response cache of anonymous reads (see README "Caching and several instances"). */
  cache: CacheConfig;
  /** Signed links to a stored draft's page, opened by Strapi's Preview (config/admin.ts). */
  preview: { secret?: string; ttlSeconds: number };
  /** Chromium prints the PDF output; without it the route answers 501. */
  pdf: { executablePath: string; timeoutMs: number };
}

export interface CacheConfig {
  enabled: boolean;
  /** Shared by every instance when set; this process's memory otherwise. */
  redisUrl?: string;
  /** Key prefix in Redis, so that several sites or test runs share one server. */
  prefix: string;
  /** Bound of the in-memory cache. */
  maxBytes: number;
  /** How long an entry is kept (it is dropped sooner by any write). */
  ttlSeconds: number;
  /** Cache-Control sent with cached responses. */
  maxAge: number;
  staleWhileRevalidate: number;
  /** REST paths whose anonymous GETs are cached; GraphQL queries are cached too. */
  paths: string[];
  /**
   * How long the public role's ability is kept between reads of its permissions (0: read them
   * for every anonymous request, as Strapi does). A permission written on this instance is seen
   * at once; on another instance within this time.
   */
  publicAbilitySeconds: number;
}

export const DEFAULT_CACHE: CacheConfig = {
  enabled: true,
  prefix: 'annual-report',
  maxBytes: 64 * 1024 * 1024,
  ttlSeconds: 300,
  maxAge: 10,
  staleWhileRevalidate: 30,
  paths: ['/api/reports', '/api/agencies', '/api/annual-report/'],
  publicAbilitySeconds: 5,
};

export default {
  default: (): PluginConfig => ({
    contentType: 'api::report.report',
    agencyContentType: 'api::agency.agency',
    templates: [],
    cache: DEFAULT_CACHE,
    preview: { ttlSeconds: 3600 },
    pdf: { executablePath: '/usr/bin/chromium', timeoutMs: 30_000 },
  }),
  validator(config: PluginConfig) {
    if (!Array.isArray(config.templates)) {
      throw new Error('annual-report config: templates must be an array');
    }
    // Throws with a message naming the bad entry, so a broken site template stops the boot.
    createTemplateRegistry(config.templates);
  },
};

import { z } from 'zod';
import { createTemplateRegistry } from '../../../shared/templates/registry';

/** An empty environment variable is an unset one. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const seconds = (fallback: number) => z.number().int().min(0).default(fallback);

/** One font file of a site's PDF font; `file` is absolute or relative to the app's root. */
const printFace = z
  .object({
    file: z.string().regex(/\.(ttf|otf|woff2?)$/i, 'a .ttf, .otf, .woff or .woff2 file'),
    weight: z.number().int().min(100).max(900).default(400),
    style: z.enum(['normal', 'italic']).default('normal'),
    /** CSS unicode-range, e.g. "U+0000-00FF, U+4E00-9FFF": the characters this file draws. */
    unicodeRange: z
      .string()
      .regex(
        /^U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?(\s*,\s*U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?)*$/,
      )
      .optional(),
  })
  .strict();
const printFaces = z.array(printFace).min(1);

/**
 * The plugin's whole configuration, with its defaults, in one schema: config/plugins.ts passes only
 * what the environment sets, and a wrong value stops the boot with the path that is wrong.
 */
export const pluginConfigSchema = z
  .object({
    /** Site-defined templates, in the same shape as the built-in ones. */
    templates: z.array(z.unknown()).default([]),
    /** The response cache of anonymous reads (see README "Caching and several instances"). */
    cache: z
      .object({
        enabled: z.boolean().default(true),
        /** Shared by every instance when set; this process's memory otherwise. */
        redisUrl: unsetWhenEmpty(z.string().optional()),
        /** Key prefix in Redis, so that several sites or test runs share one server. */
        prefix: z.string().min(1).default('annual-report'),
        /** Bound of the in-memory cache. */
        maxBytes: z
          .number()
          .int()
          .positive()
          .default(64 * 1024 * 1024),
        /** How long an entry is kept (it is dropped sooner by any write). */
        ttlSeconds: seconds(300),
        /** Cache-Control sent with cached responses. */
        maxAge: seconds(10),
        staleWhileRevalidate: seconds(30),
        /** REST paths whose anonymous GETs are cached; GraphQL queries are cached too. */
        paths: z
          .array(z.string())
          .default(['/api/reports', '/api/agencies', '/api/annual-report/']),
        /**
         * How long the public role's ability is kept between reads of its permissions (0: read
         * them for every anonymous request, as Strapi does). A permission written on this instance
         * is seen at once; on another instance within this time.
         */
        publicAbilitySeconds: seconds(5),
        /**
         * The bound on staleness after a crash or a Redis that lost its data: each instance reads
         * the generation the database committed when its copy is older than this.
         */
        generationCheckMs: z.number().int().min(0).default(1000),
        /** Responses larger than this are not cached (bytes of the body). */
        maxEntryBytes: z
          .number()
          .int()
          .positive()
          .default(8 * 1024 * 1024),
        redis: z
          .object({
            /** A command not answered in this time fails, and the read goes to the database. */
            commandTimeoutMs: z.number().int().positive().default(250),
            /** Entries stored under one generation at most. */
            maxKeys: z.number().int().positive().default(20_000),
            /** After `failures` failures in a row Redis is not asked for `cooldownMs`. */
            breaker: z
              .object({
                failures: z.number().int().positive().default(3),
                cooldownMs: z.number().int().positive().default(5000),
              })
              .strict()
              .prefault({}),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /** Signed links to a stored draft's page, opened by Strapi's Preview (config/admin.ts). */
    preview: z
      .object({
        secret: unsetWhenEmpty(z.string().optional()),
        ttlSeconds: seconds(3600),
      })
      .strict()
      .prefault({}),
    /** Saved versions of each report (history/). */
    history: z
      .object({
        /** The newest versions kept per report. */
        keep: z.number().int().positive().default(100),
      })
      .strict()
      .prefault({}),
    /** Chromium prints the PDF output; without it the route answers 501. */
    pdf: z
      .object({
        executablePath: z.string().min(1).default('/usr/bin/chromium'),
        timeoutMs: z.number().int().positive().default(30_000),
        /** Prints at once: each holds a Chromium page in memory. */
        concurrency: z.number().int().positive().default(2),
        /** Prints waiting for a place; beyond them a request is a 503 with Retry-After. */
        queue: z.number().int().min(0).default(4),
        /**
         * A site's own fonts for the PDF, by role: `body` (text, tables), `heading` (section
         * headings), `title` (body's when unset). A role given replaces the bundled Noto Serif SC /
         * Noto Sans SC for it. TrueType outlines (.ttf, .woff, .woff2) embed as CID TrueType.
         */
        fonts: z
          .object({ body: printFaces, heading: printFaces, title: printFaces })
          .partial()
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /**
     * Word and PDF downloads per client (IP address, or IPv6 /64) without an API token: a token
     * bucket of `burst` that refills `perMinute`; beyond, 429 with Retry-After. Cached answers are
     * served without counting.
     */
    rateLimit: z
      .object({
        enabled: z.boolean().default(true),
        burst: z.number().int().positive().default(10),
        perMinute: z.number().positive().default(10),
        /** Clients remembered in this process (least recent forgotten first). */
        clients: z.number().int().positive().default(10_000),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type PluginConfig = z.output<typeof pluginConfigSchema>;
export type CacheConfig = PluginConfig['cache'];
export type PrintFontsConfig = PluginConfig['pdf']['fonts'];

export const DEFAULT_CACHE: CacheConfig = pluginConfigSchema.parse({}).cache;

export default {
  default: (): PluginConfig => pluginConfigSchema.parse({}),
  validator(config: unknown) {
    const parsed = pluginConfigSchema.safeParse(config);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`,
      );
      throw new Error(`annual-report config: ${issues.join('; ')}`);
    }
    // Throws with a message naming the bad entry, so a broken site template stops the boot.
    createTemplateRegistry(parsed.data.templates);
  },
};

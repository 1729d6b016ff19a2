import type { Core } from '@strapi/strapi';
import { pluginTable } from '../plugin-table';

export const GENERATION_UID = 'plugin::annual-report.cache-generation';
const PUBLIC = 'public';

/**
 * The generation of what the public reads, kept in the database: bumped in the transaction of the
 * write that changes it, so it can be neither lost with a process nor forgotten by Redis.
 */
export const generationTable = pluginTable(
  'annual_report_cache_generations',
  {
    singularName: 'cache-generation',
    pluralName: 'cache-generations',
    displayName: 'Cache generation',
  },
  { name: { type: 'string', required: true }, value: { type: 'biginteger', required: true } },
);

/**
 * Every cached entry is keyed under the committed generation, so that a read never serves a
 * version older than the last committed publication for more than `maxAgeMs`: each instance reads
 * the generation again when its copy is older than that (one indexed row, at most once per
 * `maxAgeMs` per instance), and at once after a write of its own commits.
 */
export function committedGeneration(strapi: Core.Strapi, maxAgeMs: number) {
  let known: { value: string; readAt: number } | undefined;
  let reading: Promise<string> | undefined;

  // Strapi may shorten table names; the columns are the attributes' own (one word each).
  const table = () => ({
    name: strapi.db.metadata.get(GENERATION_UID).tableName,
    value: 'value',
    key: 'name',
  });

  const read = async (): Promise<string> => {
    const t = table();
    const row = await strapi.db.getConnection(t.name).where(t.key, PUBLIC).first(t.value);
    const value = String(row?.[t.value] ?? '0');
    known = { value, readAt: Date.now() };
    return value;
  };

  return {
    /** Creates the row at boot (a second instance finds it). */
    async ensure(): Promise<void> {
      const found = await strapi.db.query(GENERATION_UID).findOne({ where: { name: PUBLIC } });
      if (!found)
        await strapi.db.query(GENERATION_UID).create({ data: { name: PUBLIC, value: 0 } });
    },

    /** The committed generation, as of at most `maxAgeMs` ago. */
    async current(): Promise<string> {
      if (known && Date.now() - known.readAt < maxAgeMs) return known.value;
      reading ??= read().finally(() => {
        reading = undefined;
      });
      return reading;
    },

    /**
     * Moves the generation on inside the caller's transaction (an atomic increment: concurrent
     * writers each move it); this instance reads it again once the transaction commits.
     */
    async bump(): Promise<void> {
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const t = table();
        await strapi.db
          .getConnection(t.name)
          .transacting(trx)
          .where(t.key, PUBLIC)
          .increment(t.value, 1);
        onCommit(() => {
          known = undefined;
        });
      });
    },
  };
}

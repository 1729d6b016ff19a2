import type { Core } from '@strapi/strapi';
import { REPORT_UID } from '../../../shared/contracts/uids';

/**
 * Locks a report's draft row until the current transaction ends (PostgreSQL `FOR UPDATE`), so a
 * check and the write it guards see the same draft: saves and publications of one report queue
 * behind each other instead of publishing a draft nobody checked. SQLite writes one transaction at
 * a time already.
 */
export const lockDraft = async (strapi: Core.Strapi, documentId: string) => {
  if (strapi.db.dialect.client !== 'postgres') return;
  const meta = strapi.db.metadata.get(REPORT_UID);
  const column = (name: string) =>
    (meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name;
  await strapi.db.transaction(({ trx }) =>
    trx(meta.tableName)
      .select('id')
      .where(column('documentId'), documentId)
      .whereNull(column('publishedAt'))
      .forUpdate(),
  );
};

import type { Core } from '@strapi/strapi';

const UID = 'api::report.report';

/**
 * The snapshot column as bytes, where the database can give them: the stored JSON goes out as it
 * was stored, never decoded to a JavaScript string and encoded again (for a page of 25 reports
 * that round trip costs more than the query).
 */
const AS_BYTES: Record<string, string> = {
  sqlite: 'CAST(?? AS BLOB)',
  postgres: "convert_to(??, 'UTF8')",
};

const bytes = (value: unknown): Buffer | null =>
  value === null || value === undefined
    ? null
    : Buffer.isBuffer(value)
      ? value
      : Buffer.from(String(value));

/** The reports table: its column names by attribute, and a query over its published rows. */
export const reportsTable = (strapi: Core.Strapi) => {
  const meta = strapi.db.metadata.get(UID);
  const column = (name: string) =>
    (meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name;
  const published = () => strapi.db.connection(meta.tableName).whereNotNull(column('publishedAt'));
  return { name: meta.tableName, column, published };
};

/**
 * The stored snapshots of published reports (see ./snapshot.ts) as UTF-8 bytes, by row id: those
 * of the given rows, of one document, or a page in the Document Service's default order (by id).
 * A report published before snapshots existed has none.
 */
export const readSnapshots = async (
  strapi: Core.Strapi,
  where: { ids: number[] } | { documentId: string } | { start: number; limit: number },
): Promise<Map<number, Buffer | null>> => {
  const { column, published } = reportsTable(strapi);
  const knex = strapi.db.connection;
  const snapshot = knex.raw(`${AS_BYTES[strapi.db.dialect.client] ?? '??'} as snapshot`, [
    column('snapshot'),
  ]);
  const query = published().select('id', snapshot);
  const rows: Array<{ id: number; snapshot: unknown }> =
    'ids' in where
      ? await query.whereIn('id', where.ids)
      : 'documentId' in where
        ? await query.where(column('documentId'), where.documentId).limit(1)
        : await query
            .orderBy('id')
            .offset(where.start)
            // A limit of -1 is every report (`pagination[limit]=-1` without a maxLimit).
            .modify((page) => (where.limit >= 0 ? page.limit(where.limit) : page));
  return new Map(rows.map((row) => [Number(row.id), bytes(row.snapshot)]));
};

/** How many reports are published. */
export const countPublished = async (strapi: Core.Strapi): Promise<number> => {
  const [row] = await reportsTable(strapi).published().count({ count: 'id' });
  return Number((row as { count: unknown }).count);
};

/** `{"data":…,"meta":…}` from the bytes of `data` and the meta as an object. */
export const responseBytes = (data: Buffer | Buffer[], meta: unknown): Buffer =>
  Array.isArray(data)
    ? Buffer.concat([
        Buffer.from('{"data":['),
        ...data.flatMap((item, index) => (index === 0 ? [item] : [Buffer.from(','), item])),
        Buffer.from(`],"meta":${JSON.stringify(meta)}}`),
      ])
    : Buffer.concat([
        Buffer.from('{"data":'),
        data,
        Buffer.from(`,"meta":${JSON.stringify(meta)}}`),
      ]);

import type { Core, Modules } from '@strapi/strapi';
import { pagination as paging } from '@strapi/utils';
import { countPublished, readSnapshots, responseBytes } from './snapshot-read';

const UID = 'api::report.report';

type FindMany = Modules.Documents.ServiceParams<typeof UID>['findMany'];

type Pagination = {
  page?: number;
  pageSize?: number;
  start?: number;
  limit?: number;
  withCount?: unknown;
};

/**
 * The page's snapshots in order and the total; null when one is missing. The listing every portal
 * reads (no filter, search or sort) is two queries; a selection goes through the Document Service
 * for its rows and count, and their snapshots are read by id.
 */
const pageSnapshots = async (
  strapi: Core.Strapi,
  query: Record<string, unknown>,
  { start, limit }: { start: number; limit: number },
): Promise<{ page: Buffer[]; total: number } | null> => {
  let stored: Map<number, Buffer | null>;
  let ids: number[];
  let total: number;
  if (query.filters === undefined && query._q === undefined && query.sort === undefined) {
    [stored, total] = await Promise.all([
      readSnapshots(strapi, { start, limit }),
      countPublished(strapi),
    ]);
    ids = [...stored.keys()];
  } else {
    // The client's query, validated and sanitized by the controller: its shape is only known at run time.
    const selection = {
      filters: query.filters as FindMany['filters'],
      status: 'published',
      _q: query._q as FindMany['_q'],
    } as const;
    const [rows, count] = await Promise.all([
      strapi.documents(UID).findMany({
        ...selection,
        sort: query.sort as FindMany['sort'],
        fields: ['documentId'],
        start,
        limit,
      }),
      strapi.documents(UID).count(selection),
    ]);
    ids = (rows as Array<{ id: number }>).map((row) => row.id);
    stored = ids.length > 0 ? await readSnapshots(strapi, { ids }) : new Map();
    total = count;
  }
  const page = ids.map((id) => stored.get(id));
  return page.every(Boolean) ? { page: page as Buffer[], total } : null;
};

/**
 * A page of published reports as their snapshots joined, with the pagination meta the core
 * controller gives (page/pageSize or start/limit, the REST default and maximum, the total);
 * null when a report on the page has no snapshot yet (or `withCount` is asked).
 */
export const snapshotPage = async (
  strapi: Core.Strapi,
  query: Record<string, unknown>,
): Promise<Buffer | null> => {
  const { defaultLimit = 25, maxLimit } = strapi.config.get('api.rest') as {
    defaultLimit?: number;
    maxLimit?: number;
  };
  const asked = (query.pagination ?? {}) as Pagination;
  // Rare pages (without their count, by publication history or locale): the core path answers.
  if (asked.withCount !== undefined) return null;
  if (['publicationFilter', 'hasPublishedVersion', 'locale'].some((name) => name in query)) {
    return null;
  }
  const offset = 'start' in asked || 'limit' in asked;
  const info = paging.withDefaultPagination(asked, {
    defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
    maxLimit: maxLimit ?? -1,
  });
  const snapshots = await pageSnapshots(strapi, query, info);
  if (!snapshots) return null;
  const meta = (
    offset ? paging.transformOffsetPaginationInfo : paging.transformPagedPaginationInfo
  )(info, snapshots.total);
  return responseBytes(snapshots.page, { pagination: meta });
};

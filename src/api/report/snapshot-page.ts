import type { Core } from '@strapi/strapi';
import { pagination as paging } from '@strapi/utils';

const UID = 'api::report.report';

type Pagination = {
  page?: number;
  pageSize?: number;
  start?: number;
  limit?: number;
  withCount?: unknown;
};

/**
 * A page of published reports as their snapshots joined, with the pagination meta the core
 * controller gives (page/pageSize or start/limit, the REST default and maximum, the total);
 * null when a report on the page has no snapshot yet (or `withCount` is asked). Two indexed queries: the page and the count.
 */
export const snapshotPage = async (
  strapi: Core.Strapi,
  query: Record<string, unknown>,
): Promise<string | null> => {
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
  const selection = { filters: query.filters, status: 'published', _q: query._q } as const;
  const [rows, total] = await Promise.all([
    strapi.documents(UID).findMany({
      ...selection,
      sort: query.sort,
      fields: ['snapshot'],
      start: info.start,
      limit: info.limit,
    } as never),
    strapi.documents(UID).count(selection as never),
  ]);
  const snapshots = (rows as Array<{ snapshot?: string | null }>).map((row) => row.snapshot);
  if (!snapshots.every(Boolean)) return null;
  const meta = (
    offset ? paging.transformOffsetPaginationInfo : paging.transformPagedPaginationInfo
  )(info, total);
  return `{"data":[${snapshots.join(',')}],"meta":${JSON.stringify({ pagination: meta })}}`;
};

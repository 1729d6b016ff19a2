import type { Core } from '@strapi/strapi';
import { todayIn } from '../../../shared/dates/today';

/**
 * 公开日期 on publication: the Content Manager's publish action asks for it; every other path of a
 * request (bulk publish, REST, GraphQL) that publishes a report without one gets today's date, so
 * that the outputs are dated and the deadline rule (D1) can work. Document Service calls outside a
 * request (the demo loader, the seed, an import script) publish what they were given.
 */
export const publicationDate = (
  strapi: Core.Strapi,
  ...given: Array<string | null | undefined>
): string | undefined => {
  if (given.some((date) => typeof date === 'string' && date !== '')) return undefined;
  return strapi.requestContext.get() ? todayIn() : undefined;
};

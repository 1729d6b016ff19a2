import { getFetchClient } from '@strapi/strapi/admin';
import type { GetPreviousReport } from '../../../shared/contracts/checks-routes';
import type { ListTemplates } from '../../../shared/contracts/templates';
import type { Template } from '../../../shared/contracts/template';
import type { ServerContext } from './findings-memo';
import type { PreviousRequest } from './previous-request';
import { remoteCache } from './remote-cache';

// Module-wide, not per component: useFetchClient aborts its requests when its component
// unmounts, and a grid that asked first may be collapsed before the answer comes.

export const previousReports = remoteCache<ServerContext>();

export const fetchPrevious = async (query: PreviousRequest['query']): Promise<ServerContext> => {
  const { data } = await getFetchClient().get<GetPreviousReport.Response>(
    '/annual-report/previous-report',
    { params: query },
  );
  return { agency: data.meta.agency, previous: data.data };
};

/** The site's own templates are not in the admin bundle: the registry is read once. */
export const siteTemplates = remoteCache<Template[]>();
export const ALL_TEMPLATES = 'all';

export const fetchTemplates = async (): Promise<Template[]> => {
  const { data } = await getFetchClient().get<ListTemplates.Response>('/annual-report/templates');
  return data.data;
};

import { getFetchClient } from '@strapi/strapi/admin';
import type { GetReportChecks } from '../../../shared/contracts/checks-routes';
import type {
  CheckOverride,
  ListOverrides,
  OverridePublish,
} from '../../../shared/contracts/overrides';

/** The user holding this may publish over check errors (registered by the plugin's server). */
export const OVERRIDE_PERMISSION = [
  { action: 'plugin::annual-report.override-check', subject: null },
];

export const fetchOverrides = async (documentId?: string): Promise<CheckOverride[]> =>
  (
    await getFetchClient().get<ListOverrides.Response>('/annual-report/overrides', {
      params: documentId ? { documentId } : {},
    })
  ).data.data;

export const fetchDraftChecks = async (documentId: string) =>
  (
    await getFetchClient().get<GetReportChecks.Response>(
      `/annual-report/reports/${documentId}/checks`,
    )
  ).data.data;

export const publishOver = async (documentId: string, body: OverridePublish.Request['body']) =>
  (
    await getFetchClient().post<OverridePublish.Response>(
      `/annual-report/reports/${documentId}/override-publish`,
      body,
    )
  ).data.data;

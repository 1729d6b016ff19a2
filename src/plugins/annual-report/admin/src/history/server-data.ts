import { getFetchClient } from '@strapi/strapi/admin';
import type { GetVersion, ListVersions, RestoreVersion } from '../../../shared/contracts/history';

const base = (documentId: string) => `/annual-report/reports/${documentId}/versions`;

export const fetchVersions = async (documentId: string) =>
  (await getFetchClient().get<ListVersions.Response>(base(documentId))).data.data;

export const fetchVersion = async (documentId: string, id: number) =>
  (await getFetchClient().get<GetVersion.Response>(`${base(documentId)}/${id}`)).data;

export const restoreVersion = async (documentId: string, id: number) =>
  (await getFetchClient().post<RestoreVersion.Response>(`${base(documentId)}/${id}/restore`)).data
    .data;

import { getFetchClient } from '@strapi/strapi/admin';
import type { ListAudit } from '../../../shared/contracts/audit';

export const fetchAudit = async (page: number) =>
  (await getFetchClient().get<ListAudit.Response>('/annual-report/audit', { params: { page } }))
    .data;

/** The whole log as the CSV the server writes, saved under its name. */
export const downloadAuditCsv = async () => {
  const { data } = await getFetchClient().get<Blob>('/annual-report/audit.csv', {
    responseType: 'blob',
  });
  const url = URL.createObjectURL(data);
  const link = Object.assign(document.createElement('a'), { href: url, download: 'audit-log.csv' });
  link.click();
  URL.revokeObjectURL(url);
};

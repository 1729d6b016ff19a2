import type { Core } from '@strapi/strapi';

export const createAgency = (strapi: Core.Strapi, data: Record<string, unknown> = {}) =>
  strapi.documents('api::agency.agency').create({
    data: {
      name: `测试区人民政府${Math.random().toString(36).slice(2, 8)}`,
      level: 'county',
      ...data,
    } as never,
  });

/** A report created through the Document Service: the plugin fills sections and tables from its template. */
export const createReport = (
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  status: 'draft' | 'published' = 'draft',
) =>
  strapi.documents('api::report.report').create({
    data: { title: `${data.year}年政府信息公开工作年度报告`, ...data } as never,
    status,
  });

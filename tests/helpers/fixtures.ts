import type { Core } from '@strapi/strapi';

export const createAgency = (strapi: Core.Strapi, data: Record<string, unknown> = {}) =>
  strapi.documents('api::agency.agency').create({
    data: {
      name: `测试区人民政府${Math.random().toString(36).slice(2, 8)}`,
      level: 'county',
      ...data,
    } as never,
  });

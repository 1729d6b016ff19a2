import type { Core } from '@strapi/strapi';
import { agencyInput } from '../../src/api/report/document-input';
import type { AgencyData } from '../../src/plugins/annual-report/shared/contracts/report';

export const createAgency = (strapi: Core.Strapi, data: Partial<AgencyData> = {}) =>
  strapi.documents('api::agency.agency').create({
    data: agencyInput({
      name: `测试区人民政府${Math.random().toString(36).slice(2, 8)}`,
      level: 'county',
      ...data,
    }),
  });

import type { Core } from '@strapi/strapi';
import { agencyInput, reportInput } from '../api/report/document-input';
import { demoReports } from '../demo';

/**
 * Loads the demo reports (the 2018 海珠区 seed and 淮安市 2024), published. Agencies are matched by
 * name so a second run adds nothing twice.
 */
export const loadDemoData = async (strapi: Core.Strapi) => {
  for (const { agency, report } of demoReports) {
    const agencies = strapi.documents('api::agency.agency');
    const existing = await agencies.findFirst({ filters: { name: agency.name } });
    const agencyDoc = existing ?? (await agencies.create({ data: agencyInput(agency) }));

    const reports = strapi.documents('api::report.report');
    const already = await reports.findFirst({
      filters: { year: report.year, agency: { documentId: agencyDoc.documentId } },
    });
    if (already) continue;
    await reports.create({
      data: reportInput({ ...report, agency: agencyDoc.documentId }),
      status: 'published',
    });
  }
};

export const isEmpty = async (strapi: Core.Strapi) =>
  (await strapi.documents('api::report.report').count({})) === 0 &&
  (await strapi.documents('api::agency.agency').count({})) === 0;

import type { Core } from '@strapi/strapi';
import type { ReportReader } from '../access/report-reader';
import uniqBy from 'lodash/uniqBy';
import type { NextYearCandidates, StartNextYear } from '../../../shared/contracts/next-year-routes';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { formatForYear, nextYearReport } from '../../../shared/templates/next-year';
import { getService } from '../plugin-config';
import { fieldError } from '../validation/field-error';
import { adminText } from '../admin-text';

export type NextYearResult =
  | { created: StartNextYear.Response['data'] }
  | { exists: { documentId: string; year: number } };

/**
 * "从上年报告开始": next year's draft for the same agency from a report (its published version when
 * it has one: that is what was filed), with the cells the format carries over. A year that already
 * has a report is not made twice.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * What a new report can start from: for each agency, its latest report this caller may read
   * (newest first), offered where a report is created (the list and the create view).
   */
  async candidates(reader: ReportReader): Promise<NextYearCandidates.Response['data']> {
    const rows = (await strapi.db.query(REPORT_UID).findMany({
      where: { publishedAt: null },
      select: ['documentId', 'year', 'title'],
      populate: { agency: { select: ['documentId', 'name'] } },
      orderBy: [{ year: 'desc' }, { id: 'desc' }],
    })) as Array<{
      documentId: string;
      year: number | null;
      title: string;
      agency: { documentId: string; name: string } | null;
    }>;
    const readable = await reader.readableIds(rows.map((row) => row.documentId));
    const latest = uniqBy(
      rows.filter(
        (row) => row.agency && typeof row.year === 'number' && readable.has(row.documentId),
      ),
      (row) => row.agency!.documentId,
    );
    return latest.map((row) => ({
      documentId: row.documentId,
      year: row.year!,
      title: row.title,
      agency: row.agency!.name,
    }));
  },

  async startFrom(documentId: unknown, reader: ReportReader): Promise<NextYearResult> {
    const draft = await reader.report(documentId);
    const previous = (await reader.readable(draft.documentId, 'published')) ?? draft;
    if (typeof previous.year !== 'number') {
      throw fieldError(
        'year',
        adminText(strapi, {
          'zh-Hans': '本报告还没有年度：请先填写年度并保存',
          en: 'The report has no year: set its year first',
        }),
      );
    }
    const agency = previous.agency?.documentId;
    if (!agency) {
      throw fieldError(
        'agency',
        adminText(strapi, {
          'zh-Hans': '本报告还没有发布机关：请先选择发布机关并保存',
          en: 'The report has no agency: choose its agency first',
        }),
      );
    }
    const year = previous.year + 1;
    const existing = await strapi.documents(REPORT_UID).findFirst({
      filters: { year, agency: { documentId: agency } },
      status: 'draft',
    });
    if (existing) return { exists: { documentId: existing.documentId, year } };
    const templates = getService(strapi, 'templates').registry().list();
    const template = formatForYear(previous.format, year, templates);
    if (!template) {
      throw fieldError(
        'format',
        adminText(strapi, {
          'zh-Hans': `没有适用于 ${year} 年度的报告格式`,
          en: `No report format applies to ${year}`,
        }),
      );
    }
    const created = await strapi.documents(REPORT_UID).create({
      data: { ...nextYearReport(previous, template), agency },
    });
    return { created: { documentId: created.documentId, year, format: template.key } };
  },
});

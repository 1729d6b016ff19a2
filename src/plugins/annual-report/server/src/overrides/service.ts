import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findingFingerprint } from '../../../shared/contracts/checks';
import type { CheckOverride } from '../../../shared/contracts/overrides';
import { adminName, type AdminUser } from '../admin-user';
import { getService } from '../plugin-config';
import { fieldError } from '../validation/field-error';
import { withOverride } from './authorisation';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { adminText } from '../admin-text';

export const OVERRIDE_UID = 'plugin::annual-report.check-override';

interface Row {
  id: number;
  reportDocumentId: string;
  reportTitle: string | null;
  reason: string;
  findings: CheckOverride['findings'] | null;
  overriddenBy: string | null;
  overriddenAt: string | Date | null;
}

const toOverride = (row: Row): CheckOverride => ({
  id: row.id,
  reportDocumentId: row.reportDocumentId,
  reportTitle: row.reportTitle ?? '',
  reason: row.reason,
  findings: row.findings ?? [],
  overriddenBy: row.overriddenBy ?? '',
  overriddenAt: row.overriddenAt ? new Date(row.overriddenAt).toISOString() : '',
});

/** Audited publication over check errors: the record is written with the publication, or neither. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async publishOver(
    documentId: string,
    fingerprints: string[],
    reason: string,
    user: AdminUser,
  ): Promise<CheckOverride> {
    return strapi.db.transaction(async () => {
      const draft = await getService(strapi, 'report-loader').load(documentId, 'draft');
      if (!draft) throw new errors.NotFoundError(`No report with documentId "${documentId}"`);
      const findings = await getService(strapi, 'checks').findings(draft, 'published');
      const blocking = findings.filter((finding) => finding.severity === 'error');
      if (blocking.length === 0) {
        throw fieldError(
          'fingerprints',
          adminText(strapi, {
            'zh-Hans': '报告没有错误：请直接发布',
            en: 'The report has no error: publish it the ordinary way',
          }),
        );
      }
      const named = new Set(fingerprints);
      if (blocking.some((finding) => !named.has(findingFingerprint(finding)))) {
        throw fieldError(
          'fingerprints',
          adminText(strapi, {
            'zh-Hans': '列出错误之后，错误已有变化：请重新核对后再越过错误发布',
            en: 'The errors changed since they were listed: check them again before publishing over them',
          }),
        );
      }
      const row = (await strapi.db.query(OVERRIDE_UID).create({
        data: {
          reportDocumentId: documentId,
          reportTitle: typeof draft.title === 'string' ? draft.title : '',
          reason,
          findings: blocking.map(({ rule, path, message }) => ({ rule, path, message })),
          userId: user.id,
          overriddenBy: adminName(user),
          overriddenAt: new Date(),
        },
      })) as Row;
      await withOverride(documentId, named, () =>
        strapi.documents(REPORT_UID).publish({ documentId }),
      );
      await getService(strapi, 'audit').record('report.override', REPORT_UID, {
        documentId,
        title: row.reportTitle,
        details: { reason, errors: blocking.map(({ rule, path }) => ({ rule, path })) },
      });
      return toOverride(row);
    });
  },

  async list(documentId?: string): Promise<CheckOverride[]> {
    const rows = (await strapi.db.query(OVERRIDE_UID).findMany({
      where: documentId ? { reportDocumentId: documentId } : {},
      orderBy: { id: 'desc' },
      limit: 500,
    })) as Row[];
    return rows.map(toOverride);
  },
});

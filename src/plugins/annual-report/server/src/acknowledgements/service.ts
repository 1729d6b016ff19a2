import type { Core } from '@strapi/strapi';
import type { Acknowledgement } from '../../../shared/contracts/acknowledgements';
import {
  findingFingerprint,
  summarize,
  type CheckSummary,
  type Finding,
} from '../../../shared/contracts/checks';
import { CHECKS_REFRESHED, type ChecksRefreshedEvent } from '../../../shared/contracts/events';
import { adminName, type AdminUser } from '../admin-user';
import { getService } from '../plugin-config';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { storedChecks } from '../checks/stored-checks';

export const ACKNOWLEDGEMENT_UID = 'plugin::annual-report.acknowledgement';

interface Row {
  id: number;
  fingerprint: string;
  rule: string;
  note: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | Date | null;
}

const toAcknowledgement = (row: Row): Acknowledgement => ({
  id: row.id,
  fingerprint: row.fingerprint,
  rule: row.rule,
  note: row.note,
  acknowledgedBy: row.acknowledgedBy ?? '',
  acknowledgedAt: row.acknowledgedAt ? new Date(row.acknowledgedAt).toISOString() : '',
});

/**
 * 已核实 marks on warnings, in their own table (never the report row, so that marking one does not
 * make an open form stale). The stored summaries count open warnings: they are counted again when
 * a mark is added.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const marks = () => strapi.db.query(ACKNOWLEDGEMENT_UID);
  const reports = () => strapi.db.query(REPORT_UID);

  const service = {
    async fingerprints(documentId: string | undefined): Promise<Set<string>> {
      if (!documentId) return new Set();
      const rows = (await marks().findMany({
        where: { reportDocumentId: documentId },
        select: ['fingerprint'],
      })) as Array<Pick<Row, 'fingerprint'>>;
      return new Set(rows.map((row) => row.fingerprint));
    },

    /** The summary of a report's findings, its acknowledged warnings marked and counted apart. */
    async summarize(documentId: string | undefined, findings: Finding[]): Promise<CheckSummary> {
      return summarize(findings, new Date(), await service.fingerprints(documentId));
    },

    async list(documentId: string): Promise<Acknowledgement[]> {
      const rows = (await marks().findMany({
        where: { reportDocumentId: documentId },
        orderBy: { id: 'asc' },
      })) as Row[];
      return rows.map(toAcknowledgement);
    },

    async acknowledge(
      documentId: string,
      finding: Finding,
      note: string,
      user: AdminUser,
    ): Promise<Acknowledgement> {
      const fingerprint = findingFingerprint(finding);
      const data = {
        reportDocumentId: documentId,
        fingerprint,
        rule: finding.rule,
        note,
        userId: user.id,
        acknowledgedBy: adminName(user),
        acknowledgedAt: new Date(),
      };
      const existing = (await marks().findOne({
        where: { reportDocumentId: documentId, fingerprint },
      })) as Row | null;
      const row = (
        existing
          ? await marks().update({ where: { id: existing.id }, data })
          : await marks().create({ data })
      ) as Row;
      await service.recount(documentId);
      return toAcknowledgement(row);
    },

    /** The stored summaries (draft and published) counted again with the marks as they are now. */
    async recount(documentId: string): Promise<void> {
      const acknowledged = await service.fingerprints(documentId);
      const rows = (await reports().findMany({
        where: { documentId },
        select: ['id', 'checks', 'publishedAt'],
      })) as Array<{ id: number; checks: CheckSummary | null; publishedAt: string | null }>;
      let published = false;
      for (const row of rows) {
        if (!row.checks?.findings) continue;
        const counted = summarize(
          row.checks.findings,
          new Date(row.checks.checkedAt),
          acknowledged,
        );
        await reports().update({
          where: { id: row.id },
          data: storedChecks({ ...counted, rulesVersion: row.checks.rulesVersion }),
        });
        if (row.publishedAt) published = true;
      }
      if (published) {
        // The public checks say how many warnings are open: their cached answers go.
        const event: ChecksRefreshedEvent = { documentId };
        await strapi.eventHub.emit(CHECKS_REFRESHED, event);
        await getService(strapi, 'cache').invalidate();
      }
    },
  };
  return service;
};

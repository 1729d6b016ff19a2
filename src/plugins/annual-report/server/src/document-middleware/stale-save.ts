import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { adminName, type AdminUser } from '../admin-user';

/**
 * Two people editing one report: each save sends the `revision` its form was loaded with, and a
 * save made from an older revision than the stored draft's is refused (409) with who saved last
 * and when, instead of silently overwriting their work. Only content writes move the revision —
 * the stored checks, the snapshot, acknowledgements and review records are written beside the
 * Document Service and never through this. A write that sends no revision (REST, scripts) is
 * last-write-wins, as before, and moves it too.
 */
export async function assertFreshRevision(
  strapi: Core.Strapi,
  documentId: string,
  sent: unknown,
  stored: number,
): Promise<void> {
  if (typeof sent !== 'number' || sent === stored) return;
  const draft = (await strapi.db.query(REPORT_UID).findOne({
    where: { documentId, publishedAt: null },
    select: ['updatedAt'],
    populate: { updatedBy: { select: ['id', 'firstname', 'lastname', 'username', 'email'] } },
  })) as { updatedAt?: string; updatedBy?: AdminUser | null } | null;
  const by = draft?.updatedBy ? adminName(draft.updatedBy) : null;
  const at = draft?.updatedAt ? new Date(draft.updatedAt).toISOString() : null;
  throw createError(
    409,
    `This report was saved${by ? ` by ${by}` : ''}${at ? ` at ${at}` : ''} after you opened it: your changes were not saved. Compare them with the saved version before saving again.`,
    {
      name: 'ConflictError',
      details: { field: 'revision', sent, stored, updatedBy: by, updatedAt: at },
    },
  );
}

/** The revision a write stores: one more than the draft's (a new document starts at 1). */
export const nextRevision = (stored: number | undefined) => (stored ?? 0) + 1;

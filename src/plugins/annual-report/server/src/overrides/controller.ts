import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { uniq } from 'lodash';
import { z } from 'zod';
import {
  OVERRIDE_REASON,
  type ListOverrides,
  type OverridePublish,
} from '../../../shared/contracts/overrides';
import { adminOf, OVERRIDE_ACTION, type AdminState } from '../admin-rights';
import { getService } from '../plugin-config';
import { isDocumentId } from '../validation/document-id';
import { fieldError } from '../validation/field-error';
import { parseOr400 } from '../validation/parse-or-400';
import { adminText } from '../admin-text';

const publishBody = z.object({
  fingerprints: z.array(z.string().regex(/^[0-9a-f]{16}$/)).max(5000),
  reason: z.string().trim().min(OVERRIDE_REASON.min).max(OVERRIDE_REASON.max),
});

export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    /** Publishes over the draft's errors, with a reason, for a user holding the override action. */
    async publish(ctx: Context) {
      const state = ctx.state as AdminState;
      const reader = getService(strapi, 'read-gate').admin(ctx);
      const { documentId } = await reader.report(ctx.params.documentId, { action: 'publish' });
      if (!state.userAbility?.can(OVERRIDE_ACTION)) {
        throw new errors.ForbiddenError(
          adminText(strapi, {
            'zh-Hans': '您的角色无权越过检查错误发布',
            en: 'Your role may not publish over check errors',
          }),
        );
      }
      const { fingerprints, reason } = parseOr400(publishBody, ctx.request.body);
      const data = await getService(strapi, 'overrides').publishOver(
        documentId,
        fingerprints,
        reason,
        adminOf(state),
      );
      ctx.body = { data } satisfies OverridePublish.Response;
    },

    /** The records of the reports this admin may read. */
    async list(ctx: Context) {
      const reader = getService(strapi, 'read-gate').admin(ctx);
      reader.assert('read');
      const { documentId } = ctx.query;
      let filter: string | undefined;
      if (documentId !== undefined) {
        // A filter, not a path: a malformed one is a bad request naming it.
        if (!isDocumentId(documentId))
          throw fieldError('documentId', 'expected a report documentId');
        filter = documentId;
      }
      const rows = await getService(strapi, 'overrides').list(filter);
      const readable = await reader.readableIds(uniq(rows.map((row) => row.reportDocumentId)));
      const data = rows.filter((row) => readable.has(row.reportDocumentId));
      ctx.body = { data } satisfies ListOverrides.Response;
    },
  }) satisfies Core.Controller;

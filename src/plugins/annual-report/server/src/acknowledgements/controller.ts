import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  ACKNOWLEDGEMENT_NOTE_MAX,
  type Acknowledge,
  type ListAcknowledgements,
} from '../../../shared/contracts/acknowledgements';
import { findingFingerprint, isGroup } from '../../../shared/contracts/checks';
import { adminOf, type AdminState } from '../admin-rights';
import { getService } from '../plugin-config';
import { fieldError } from '../validation/field-error';
import { parseOr400 } from '../validation/parse-or-400';
import { runChecksBody } from '../checks/run-checks-body';
import { adminText } from '../admin-text';

const acknowledgeBody = runChecksBody.pick({ report: true }).extend({
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'expected a finding fingerprint'),
  note: z.string().trim().min(1).max(ACKNOWLEDGEMENT_NOTE_MAX),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const gate = () => getService(strapi, 'read-gate');

  return {
    async list(ctx: Context) {
      const { documentId } = await gate().admin(ctx).report(ctx.params.documentId);
      ctx.body = {
        data: await getService(strapi, 'acknowledgements').list(documentId),
      } satisfies ListAcknowledgements.Response;
    },

    /** Marks one warning of the form's values 已核实; an error cannot be. */
    async create(ctx: Context) {
      const reader = gate().admin(ctx);
      const { documentId } = await reader.report(ctx.params.documentId, { action: 'update' });
      const { report, fingerprint, note } = parseOr400(acknowledgeBody, ctx.request.body);
      getService(strapi, 'templates').forFormat(report.format, ['report', 'format']);
      const summary = await getService(strapi, 'checks').ofFormValues(report, documentId, reader);
      const finding = summary.findings.find(
        (candidate) => !isGroup(candidate) && findingFingerprint(candidate) === fingerprint,
      );
      if (!finding) {
        throw fieldError(
          'fingerprint',
          adminText(strapi, {
            'zh-Hans': '报告当前内容中没有这一项检查结果',
            en: 'No such finding in the report as it is now',
          }),
        );
      }
      if (finding.severity === 'error') {
        throw fieldError(
          'fingerprint',
          adminText(strapi, {
            'zh-Hans': '错误不能标为已核实：请改正',
            en: 'An error cannot be acknowledged: correct it',
          }),
        );
      }
      ctx.body = {
        data: await getService(strapi, 'acknowledgements').acknowledge(
          documentId,
          finding,
          note,
          adminOf(ctx.state as AdminState),
        ),
      } satisfies Acknowledge.Response;
    },
  } satisfies Core.Controller;
};

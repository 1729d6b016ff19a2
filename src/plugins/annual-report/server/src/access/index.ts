import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Auth } from '../../../shared/contracts/draft-access';
import type { AdminState } from '../admin-rights';
import type { Slice } from '../slice';
import { adminReader } from './admin-reader';
import { contentReader } from './content-reader';
import { contentManagerPolicies, guardContentManagerRoutes } from './content-manager-guards';

/**
 * The read gate: the one way a plugin route obtains a report, with the rights of the caller of
 * that route (admin RBAC on admin routes, Users & Permissions and API tokens on the content API).
 */
const readGate = ({ strapi }: { strapi: Core.Strapi }) => ({
  admin: (ctx: Pick<Context, 'state'>) => adminReader(strapi, ctx.state as AdminState),
  content: (ctx: Pick<Context, 'state'>) =>
    contentReader(strapi, (ctx.state as { auth?: Auth } | undefined)?.auth),
});

export default {
  services: { 'read-gate': readGate },
  policies: contentManagerPolicies,
  register: guardContentManagerRoutes,
} satisfies Slice;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { castArray } from 'lodash';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { getService, PLUGIN_ID } from '../plugin-config';
import { adminText } from '../admin-text';

interface PolicyContext {
  params: Record<string, string | undefined>;
  state: Record<string, unknown>;
  request: { body?: unknown; query?: Record<string, unknown> };
}
type Policy = (
  context: PolicyContext,
  config: unknown,
  { strapi }: { strapi: Core.Strapi },
) => boolean | Promise<boolean>;
interface RouteDefinition {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}

/**
 * Strapi 5.54's single-type routes accept a collection type's uid and act on whichever document
 * comes first: a DELETE there removed some report. Only single types go through them.
 */
const singleTypesOnly: Policy = ({ params }, _config, { strapi }) => {
  if (strapi.contentTypes[params.model as never]?.kind !== 'singleType') {
    throw new errors.NotFoundError(`"${params.model}" is not a single type`);
  }
  return true;
};

/**
 * The bulk dialog's validation route returns every draft it is asked for, and the draft-relations
 * count counts them, whatever the role's conditions: every report asked for must pass the gate.
 */
const readableDocumentsOnly: Policy = async ({ params, state, request }, _config, { strapi }) => {
  if (params.model !== REPORT_UID) return true;
  const body = request.body as { documentIds?: unknown } | undefined;
  const asked = castArray(body?.documentIds ?? request.query?.documentIds ?? []);
  // Anything else is the Content Manager's own 400.
  if (!asked.every((id): id is string => typeof id === 'string')) return true;
  const readable = await getService(strapi, 'read-gate').admin({ state }).readableIds(asked);
  if (asked.some((id) => !readable.has(id))) {
    throw new errors.ForbiddenError(
      adminText(strapi, {
        'zh-Hans': '您的角色无权查看其中部分报告',
        en: 'Your role may not read some of these reports',
      }),
    );
  }
  return true;
};

/** Clone and auto-clone copy a report: the source must pass the read gate. */
const readableSource: Policy = async ({ params, state }, _config, { strapi }) => {
  if (params.model !== REPORT_UID) return true;
  await getService(strapi, 'read-gate').admin({ state }).report(params.sourceId);
  return true;
};

/**
 * The relation pickers answer a 500 to an admin with no right on the model (5.54 returns
 * ctx.forbidden() where it needs a value): refuse them first, with the 403 it meant.
 */
const someRightOnModel: Policy = ({ params, state }, _config, { strapi }) => {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: state.userAbility, model: params.model });
  if (['read', 'create', 'update'].every((action) => checker.cannot[action]())) {
    throw new errors.ForbiddenError(`Your role has no right on ${params.model}`);
  }
  return true;
};

export const contentManagerPolicies = {
  'single-types-only': singleTypesOnly,
  'readable-documents': readableDocumentsOnly,
  'readable-source': readableSource,
  'some-right-on-model': someRightOnModel,
};

const own = (name: keyof typeof contentManagerPolicies) => `plugin::${PLUGIN_ID}.${name}`;

/** Content Manager routes → the policies they miss in 5.54. */
const GUARDS: Array<[test: (path: string, method: string) => boolean, policy: unknown]> = [
  [(path) => path.startsWith('/single-types/:model'), own('single-types-only')],
  [
    (path) =>
      path === '/collection-types/:model/actions/bulkFindForValidation' ||
      path === '/collection-types/:model/actions/countManyEntriesDraftRelations',
    own('readable-documents'),
  ],
  [(path) => /^\/collection-types\/:model\/(auto-)?clone\//.test(path), own('readable-source')],
  [(path) => path.startsWith('/relations/:model/'), own('some-right-on-model')],
  // Any signed-in admin could rewrite a component's edit layout.
  [
    (path, method) => method === 'PUT' && path === '/components/:uid/configuration',
    {
      name: 'admin::hasPermissions',
      config: { actions: ['plugin::content-manager.components.configure-layout'] },
    },
  ],
];

/** Adds the read gate's checks to the Content Manager routes that miss them (at register). */
export function guardContentManagerRoutes(strapi: Core.Strapi): void {
  const routes = (
    strapi.plugin('content-manager').routes as { admin?: { routes?: RouteDefinition[] } }
  ).admin?.routes;
  for (const route of routes ?? []) {
    for (const [test, policy] of GUARDS) {
      if (!test(route.path, route.method)) continue;
      const policies = [...(route.config?.policies ?? []), policy];
      route.config = { ...route.config, policies };
    }
  }
}

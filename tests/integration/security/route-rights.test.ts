import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { signInAdmin } from '../../helpers/admin-session';
import { createFullAccessToken } from '../../helpers/api-token';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { reportInput } from '../../../src/api/report/document-input';
import { REPORT_UID } from '../../../src/plugins/annual-report/shared/contracts/uids';

/**
 * Every route of the plugin and of the Content Manager, read from the running server's router,
 * with its declared expectation for each kind of caller. A route nobody declared fails the test:
 * a new plugin route, or a Strapi upgrade that adds one, is covered before it ships.
 *
 * The target of each request is another agency's report that exists only as a draft and that the
 * restricted callers must not reach: `none` is signed in with no permission at all; `creator`
 * holds every report action under the condition admin::is-creator, which passes the type-level
 * question (can read reports?) and must fail for a report someone else made. `full` is a super
 * admin. Content-API routes are asked anonymously and with an API token.
 */

type AdminCaller = 'anonymous' | 'none' | 'creator' | 'full';
type ContentCaller = 'anonymous' | 'token';
type Expect<C extends string> = Record<C, number>;

interface AdminRoute {
  expect: Expect<AdminCaller>;
  /** Query string or body, given the target's documentId. */
  query?: (id: string) => Record<string, string>;
  body?: (id: string) => object;
  /** The request changes or removes its target: each caller gets a fresh one. */
  mutates?: boolean;
  /** The fresh target is published (without errors) rather than a draft with the secret. */
  published?: boolean;
}

let app: TestApp;
let server: Parameters<typeof request>[0];
let agencyId: string;
/** An agency whose only report is published (the restricted callers' target is elsewhere). */
let otherAgencyId: string;
let tokens: Record<Exclude<AdminCaller, 'anonymous'>, string>;
let apiToken: string;
let publishedId: string;
let secretId: string;

const [, huaian] = demoReports;
const SECRET_FIGURE = 7777;
const appliedIndex = huaian.report.tables.findIndex((t) => t.key === 'applications');

const formValues = () => clone(huaian.report);
const publishedReport = async () =>
  (
    await app.strapi.documents(REPORT_UID).create({
      data: reportInput({ ...huaian.report, agency: agencyId }),
      status: 'published',
    })
  ).documentId;
const draft = async (year = huaian.report.year) => {
  const report = clone(huaian.report);
  report.year = year;
  report.tables[appliedIndex].cells['carried-forward'].total = SECRET_FIGURE;
  return (
    await app.strapi
      .documents(REPORT_UID)
      .create({ data: reportInput({ ...report, agency: agencyId }) })
  ).documentId;
};

/** Any admin: signed in is enough (no report content). */
const anyAdmin: Expect<AdminCaller> = { anonymous: 401, none: 200, creator: 200, full: 200 };
/** The Content Manager's rights, entity by entity: a report of someone else's is refused. */
const reportRights = (
  full = 200,
  refused: Partial<Expect<AdminCaller>> = {},
): Expect<AdminCaller> => ({ anonymous: 401, none: 403, creator: 403, full, ...refused });
/** Strapi's single-type routes given the report type: not found for whoever may reach them. */
const notSingleType = reportRights(404, { creator: 404 });
/** A list or count under the conditions: the conditional role gets an empty answer, not a 403. */
const filteredList: Expect<AdminCaller> = { anonymous: 401, none: 403, creator: 200, full: 200 };
const ids = (id: string) => ({ documentIds: [id] });

const PLUGIN_ADMIN: Record<string, AdminRoute> = {
  'GET /annual-report/templates': { expect: anyAdmin },
  'POST /annual-report/checks': {
    expect: reportRights(),
    body: (id) => ({ report: formValues(), documentId: id }),
  },
  'GET /annual-report/reports/:documentId/checks': { expect: reportRights() },
  'GET /annual-report/previous-report': {
    expect: reportRights(),
    query: (id) => ({ year: String(huaian.report.year), documentId: id }),
  },
  'GET /annual-report/reports/:documentId/acknowledgements': { expect: reportRights() },
  // Past the gate, the made-up fingerprint is a 400 naming it.
  'POST /annual-report/reports/:documentId/acknowledgements': {
    expect: reportRights(400),
    body: () => ({ report: formValues(), fingerprint: '0123456789abcdef', note: '已核实' }),
  },
  'POST /annual-report/reports/:documentId/next-year': { expect: reportRights(201), mutates: true },
  'GET /annual-report/next-year/candidates': { expect: filteredList },
  'POST /annual-report/reports/:documentId/override-publish': {
    expect: reportRights(400),
    // Past the gate, naming none of the target's errors is a 400.
    body: () => ({ fingerprints: [], reason: '上级批准越过检查发布' }),
    mutates: true,
  },
  'GET /annual-report/overrides': { expect: filteredList },
  'GET /annual-report/reports/:documentId/versions': { expect: reportRights() },
  // Super admins only.
  'GET /annual-report/audit': { expect: reportRights() },
  'GET /annual-report/audit.csv': { expect: reportRights() },
  // Past the gate, the documentId given as the version id is no version of the report.
  'GET /annual-report/reports/:documentId/versions/:id': { expect: reportRights(404) },
  'POST /annual-report/reports/:documentId/versions/:id/restore': {
    expect: reportRights(404),
    mutates: true,
  },
};

const cm = '/content-manager';
const CONTENT_MANAGER: Record<string, AdminRoute> = {
  [`GET ${cm}/init`]: { expect: anyAdmin },
  [`GET ${cm}/content-types`]: { expect: anyAdmin },
  [`GET ${cm}/content-types-settings`]: { expect: anyAdmin },
  [`GET ${cm}/content-types/:uid/configuration`]: { expect: anyAdmin },
  [`PUT ${cm}/content-types/:uid/configuration`]: {
    expect: reportRights(400),
    body: () => ({ layouts: 'not a layout' }),
  },
  [`GET ${cm}/components`]: { expect: anyAdmin },
  [`GET ${cm}/components/:uid/configuration`]: { expect: anyAdmin },
  [`PUT ${cm}/components/:uid/configuration`]: {
    expect: reportRights(400),
    body: () => ({ layouts: 'not a layout' }),
  },
  // The report has no uid field: a clear 400 for any signed-in admin.
  [`POST ${cm}/uid/generate`]: {
    expect: { anonymous: 401, none: 400, creator: 400, full: 400 },
    body: () => ({ contentTypeUID: REPORT_UID, field: 'title', data: {} }),
  },
  [`POST ${cm}/uid/check-availability`]: {
    expect: { anonymous: 401, none: 400, creator: 400, full: 400 },
    body: () => ({ contentTypeUID: REPORT_UID, field: 'title', value: 'x' }),
  },
  [`GET ${cm}/relations/:model/:targetField`]: { expect: filteredList },
  [`GET ${cm}/relations/:model/:id/:targetField`]: { expect: reportRights() },
  [`GET ${cm}/single-types/:model`]: { expect: notSingleType },
  [`PUT ${cm}/single-types/:model`]: { expect: notSingleType, body: () => ({}) },
  [`DELETE ${cm}/single-types/:model`]: { expect: notSingleType },
  [`POST ${cm}/single-types/:model/actions/publish`]: { expect: notSingleType },
  [`POST ${cm}/single-types/:model/actions/unpublish`]: { expect: notSingleType },
  [`POST ${cm}/single-types/:model/actions/discard`]: { expect: notSingleType },
  [`GET ${cm}/single-types/:model/actions/countDraftRelations`]: { expect: notSingleType },
  [`GET ${cm}/collection-types/:model`]: { expect: filteredList },
  [`POST ${cm}/collection-types/:model`]: {
    expect: { anonymous: 401, none: 403, creator: 201, full: 201 },
    body: () => reportInput({ ...formValues(), year: 2030, agency: agencyId }),
  },
  [`POST ${cm}/collection-types/:model/clone/:sourceId`]: {
    expect: reportRights(),
    body: () => ({ year: 2031 }),
  },
  [`POST ${cm}/collection-types/:model/auto-clone/:sourceId`]: { expect: reportRights() },
  [`GET ${cm}/collection-types/:model/:id`]: { expect: reportRights() },
  [`PUT ${cm}/collection-types/:model/:id`]: {
    expect: reportRights(),
    body: () => ({ title: '改过的标题' }),
    mutates: true,
  },
  [`DELETE ${cm}/collection-types/:model/:id`]: { expect: reportRights(), mutates: true },
  // Creates and publishes a report of the caller's own.
  [`POST ${cm}/collection-types/:model/actions/publish`]: {
    expect: reportRights(200, { creator: 200 }),
    body: () => reportInput({ ...formValues(), agency: otherAgencyId }),
    mutates: true,
  },
  // Past the gate, the target's errors refuse the publication.
  [`POST ${cm}/collection-types/:model/:id/actions/publish`]: {
    expect: reportRights(400),
    body: () => ({}),
    mutates: true,
  },
  [`POST ${cm}/collection-types/:model/:id/actions/unpublish`]: {
    expect: reportRights(),
    mutates: true,
    published: true,
  },
  [`POST ${cm}/collection-types/:model/:id/actions/discard`]: {
    expect: reportRights(),
    mutates: true,
    published: true,
  },
  [`POST ${cm}/collection-types/:model/actions/bulkDelete`]: {
    expect: reportRights(),
    body: ids,
    mutates: true,
  },
  [`POST ${cm}/collection-types/:model/actions/bulkFindForValidation`]: {
    expect: reportRights(),
    body: ids,
  },
  [`POST ${cm}/collection-types/:model/actions/bulkPublish`]: {
    expect: reportRights(400),
    body: ids,
    mutates: true,
  },
  // The Content Manager applies the conditions as a filter: nothing of another's is unpublished.
  [`POST ${cm}/collection-types/:model/actions/bulkUnpublish`]: {
    expect: reportRights(200, { creator: 200 }),
    body: ids,
    mutates: true,
  },
  [`GET ${cm}/collection-types/:model/:id/actions/countDraftRelations`]: {
    expect: reportRights(),
  },
  [`GET ${cm}/collection-types/:model/actions/countManyEntriesDraftRelations`]: {
    expect: reportRights(),
    query: (id) => ({ 'documentIds[0]': id }),
  },
};

/** Plugin content-API routes: published versions for everyone, drafts for API tokens. */
const PLUGIN_CONTENT: Record<string, { expect: Expect<ContentCaller>; query?: object }> = {
  'GET /api/annual-report/reports/:documentId/checks': { expect: { anonymous: 404, token: 404 } },
  'GET /api/annual-report/reports/:documentId/document': { expect: { anonymous: 404, token: 404 } },
  'GET /api/annual-report/reports/:documentId/html': { expect: { anonymous: 404, token: 404 } },
  'GET /api/annual-report/reports/:documentId/tables.csv': {
    expect: { anonymous: 404, token: 404 },
  },
  'GET /api/annual-report/reports/:documentId/docx': { expect: { anonymous: 404, token: 404 } },
  'GET /api/annual-report/reports/:documentId/pdf': { expect: { anonymous: 404, token: 404 } },
  // Its own signed token is the check: none here.
  'GET /api/annual-report/preview': { expect: { anonymous: 401, token: 401 } },
  // Readiness, for a load balancer: states only.
  'GET /api/annual-report/ready': { expect: { anonymous: 200, token: 200 } },
};

/** The routes the server really serves under a prefix, as 'METHOD path'. */
const servedRoutes = (prefix: string): string[] => {
  const layers = app.strapi.server.listRoutes() as Array<{ path: string; methods: string[] }>;
  return [
    ...new Set(
      layers
        .filter((layer) => layer.path.startsWith(prefix))
        .flatMap((layer) =>
          layer.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${layer.path}`),
        ),
    ),
  ].sort();
};

const fill = (path: string, id: string) =>
  path
    .replace(/\/components\/:uid/, '/components/report.section')
    .replace(/:(model|uid|contentType)\b/g, REPORT_UID)
    .replace(/:(documentId|id|sourceId)\b/g, id)
    .replace(/:targetField\b/g, 'agency');

const send = (key: string, route: AdminRoute, id: string, token?: string) => {
  const [method, path] = key.split(' ');
  let req = request(server)[method.toLowerCase() as 'get'](fill(path, id));
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (route.query) req = req.query(route.query(id));
  if (route.body) req = req.send(route.body(id));
  return req;
};

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  agencyId = (await createAgency(app.strapi, huaian.agency)).documentId;
  const all = ['read', 'create', 'update', 'delete', 'publish'].map((action) => ({
    action: `plugin::content-manager.explorer.${action}`,
    subject: REPORT_UID,
    conditions: ['admin::is-creator'],
  }));
  tokens = {
    none: await signInAdmin(app.strapi, []),
    creator: await signInAdmin(app.strapi, [
      ...all,
      { action: 'plugin::content-manager.explorer.read', subject: 'api::agency.agency' },
    ]),
    full: await signInAdmin(app.strapi),
  };
  apiToken = await createFullAccessToken(app.strapi);
  secretId = await draft();
  otherAgencyId = (await createAgency(app.strapi, { name: '另一个单位' })).documentId;
  publishedId = (
    await app.strapi.documents(REPORT_UID).create({
      data: reportInput({ ...huaian.report, agency: otherAgencyId }),
      status: 'published',
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('every served route has a declared expectation', () => {
  it.each([
    ['the plugin admin routes', '/annual-report/', PLUGIN_ADMIN],
    ['the Content Manager routes', '/content-manager/', CONTENT_MANAGER],
    ['the plugin content-API routes', '/api/annual-report/', PLUGIN_CONTENT],
  ])('%s', (_name, prefix, declared) => {
    // Content-manager history, preview and homepage routes are declared with the CM's own.
    const served = servedRoutes(prefix).filter(
      (key) =>
        !(prefix === '/content-manager/' && /\/(history-versions|preview|homepage)/.test(key)),
    );
    expect(served).toEqual(Object.keys(declared).sort());
  });
});

describe.each(Object.entries({ ...PLUGIN_ADMIN, ...CONTENT_MANAGER }))('%s', (key, route) => {
  it.each(Object.entries(route.expect) as Array<[AdminCaller, number]>)(
    'as %s → %i',
    async (caller, status) => {
      const fresh = route.published ? publishedReport : draft;
      const id = route.mutates ? await fresh() : secretId;
      const res = await send(key, route, id, caller === 'anonymous' ? undefined : tokens[caller]);
      expect({ status: res.status, body: res.status === status ? 'ok' : res.body }).toEqual({
        status,
        body: 'ok',
      });
      if (caller !== 'full') expect(JSON.stringify(res.body)).not.toContain(String(SECRET_FIGURE));
    },
  );
});

describe.each(Object.entries(PLUGIN_CONTENT))('%s', (key, route) => {
  it.each(Object.entries(route.expect) as Array<[ContentCaller, number]>)(
    'of a draft-only report, as %s → %i; of a published one → 200',
    async (caller, status) => {
      const token = caller === 'token' ? apiToken : undefined;
      const asked = await send(key, {} as AdminRoute, secretId, token);
      expect(asked.status).toBe(status);
      if (!key.includes(':documentId')) return;
      await send(key, {} as AdminRoute, publishedId, token).expect(200);
    },
  );
});

describe('the cross-year rules read last year’s draft only for a caller who may read it', () => {
  let thisYear: string;

  beforeAll(async () => {
    await draft(huaian.report.year - 1); // last year's never-published draft, with the secret
    thisYear = (
      await app.strapi.documents(REPORT_UID).create({
        data: reportInput({ ...huaian.report, agency: agencyId }),
      })
    ).documentId;
  });

  const panel = (token: string) =>
    request(server)
      .post('/annual-report/checks')
      .set('Authorization', `Bearer ${token}`)
      .send({ report: formValues(), documentId: thisYear });

  it('the stored verdict compares with published years only, whoever saved', async () => {
    const stored = await app.strapi.db
      .query(REPORT_UID)
      .findOne({ where: { documentId: thisYear, publishedAt: null }, select: ['checks'] });
    expect(stored.checks.findings).toBeInstanceOf(Array);
    expect(JSON.stringify(stored.checks)).not.toContain(String(SECRET_FIGURE));
  });

  it('the live panel of an admin who may read the draft compares with it', async () => {
    const res = await panel(tokens.full).expect(200);
    expect(JSON.stringify(res.body.data)).toContain(String(SECRET_FIGURE));
  });

  it('an admin who may not read it gets no figure of it, on any route', async () => {
    const creator = tokens.creator;
    await panel(creator).expect(403);
    const previous = await request(server)
      .get('/annual-report/previous-report')
      .query({ year: huaian.report.year, agency: agencyId })
      .set('Authorization', `Bearer ${creator}`)
      .expect(200);
    expect(previous.body.data).toBeNull();
  });
});

describe('the read gate tells a missing version from a forbidden one', () => {
  // Whether a published version exists is public: a role with any read right learns nothing more.
  it('the published checks of a draft-only report are a 404 for a role that reads reports, a 403 for one that does not', async () => {
    const path = `/annual-report/reports/${secretId}/checks?status=published`;
    const as = (token: string) => request(server).get(path).set('Authorization', `Bearer ${token}`);
    await as(tokens.full).expect(404);
    await as(tokens.creator).expect(404);
    await as(tokens.none).expect(403);
    await request(server)
      .get(`/annual-report/reports/${secretId}/checks`)
      .set('Authorization', `Bearer ${tokens.creator}`)
      .expect(403);
  });
});

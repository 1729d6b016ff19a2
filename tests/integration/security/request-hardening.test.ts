import request from 'supertest';
import { gzipSync } from 'zlib';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { createFullAccessToken } from '../../helpers/api-token';
import { signInAdmin } from '../../helpers/admin-session';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { reportInput } from '../../../src/api/report/document-input';
import {
  builtInTemplates,
  Contracts,
  REPORT_BODY_BYTES,
} from '../../../src/plugins/annual-report/shared';
import { reportAtLimits } from '../../helpers/report-at-limits';

/**
 * Requests that were answered with a 500, or silently changed, now get a 400 (or 413) naming what is
 * wrong, on SQLite and PostgreSQL: relation filters with $or/$and/$not, malformed filter values, a
 * NUL in the path, bodies that are not UTF-8 or larger than a report may be; and a statistic
 * table's printed title comes from its template, whatever a client sends.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;
let adminToken: string;
let agencyId: string;
let publishedId: string;

const [, huaian] = demoReports;
const SECRET_TITLE = '机密草稿不得外泄';

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await createFullAccessToken(app.strapi);
  adminToken = await signInAdmin(app.strapi);
  const reports = app.strapi.documents('api::report.report');
  agencyId = (await createAgency(app.strapi, huaian.agency)).documentId;
  publishedId = (
    await reports.create({
      data: reportInput({ ...huaian.report, agency: agencyId }),
      status: 'published',
    })
  ).documentId;
  const draft = clone(huaian.report);
  draft.title = `${SECRET_TITLE}2023年政府信息公开工作年度报告`;
  draft.year = 2023;
  await reports.create({ data: reportInput({ ...draft, agency: agencyId }) });
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string, auth?: string) => {
  const req = request(server).get(encodeURI(url));
  return auth ? req.set('Authorization', `Bearer ${auth}`) : req;
};
const graphql = (query: string, auth?: string) => {
  const req = request(server).post('/graphql');
  return (auth ? req.set('Authorization', `Bearer ${auth}`) : req).send({ query });
};
const templateOf = (format: string) => builtInTemplates.find((t) => t.key === format)!;
const documentIds = (data: Array<{ documentId: string }>) => data.map((d) => d.documentId);

describe('6. $or, $and and $not inside a relation filter', () => {
  const publishedPart = huaian.report.title.slice(0, 6);

  it.each([
    ['$or', (text: string) => `filters[reports][$or][0][title][$contains]=${text}`],
    ['$and', (text: string) => `filters[reports][$and][0][title][$contains]=${text}`],
    ['$not', (text: string) => `filters[reports][$not][title][$notContains]=${text}`],
  ])('REST %s: the published title is found, the draft’s is not', async (_op, filter) => {
    const found = await get(`/api/agencies?${filter(publishedPart)}`).expect(200);
    expect(documentIds(found.body.data)).toEqual([agencyId]);
    const secret = await get(`/api/agencies?${filter(SECRET_TITLE)}`).expect(200);
    expect(secret.body.data).toEqual([]);
  });

  it('REST with an API token: $or beside a field in the same relation filter', async () => {
    const res = await get(
      `/api/agencies?filters[reports][$or][0][title][$contains]=${SECRET_TITLE}&filters[reports][year][$eq]=2023`,
      token,
    ).expect(200);
    expect(documentIds(res.body.data)).toEqual([agencyId]);
  });

  it.each([
    ['or', (text: string) => `{ or: [{ title: { contains: "${text}" } }] }`],
    ['and', (text: string) => `{ and: [{ title: { contains: "${text}" } }] }`],
    ['not', (text: string) => `{ not: { title: { notContains: "${text}" } } }`],
  ])('GraphQL %s: the published title is found, the draft’s is not', async (_op, filter) => {
    const query = (text: string) =>
      `{ agencies(filters: { reports: ${filter(text)} }) { documentId } }`;
    const found = await graphql(query(publishedPart)).expect(200);
    expect(found.body.errors).toBeUndefined();
    expect(documentIds(found.body.data.agencies)).toEqual([agencyId]);
    const secret = await graphql(query(SECRET_TITLE)).expect(200);
    expect(secret.body.errors).toBeUndefined();
    expect(secret.body.data.agencies).toEqual([]);
  });
});

describe('7. malformed filter values: a 400 naming the filter, never a 500', () => {
  const expectFilterError = (res: request.Response, path: Array<string | number>) => {
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.errors[0].path).toEqual(path);
  };

  it.each([
    ['/api/reports?filters[year][$eq]=abc', ['filters', 'year', '$eq']],
    ['/api/reports?filters[year]=abc', ['filters', 'year']],
    ['/api/reports?filters[year][$between]=a', ['filters', 'year', '$between']],
    ['/api/reports?filters[year][$between][0]=2000', ['filters', 'year', '$between']],
    [
      '/api/reports?filters[year][$in][0]=2024&filters[year][$in][1]=x',
      ['filters', 'year', '$in', 1],
    ],
    ['/api/reports?filters[year][$eq]=2021.5', ['filters', 'year', '$eq']],
    ['/api/reports?filters[year][$eq]=99999999999', ['filters', 'year', '$eq']],
    ['/api/reports?filters[year][$contains]=20', ['filters', 'year', '$contains']],
    ['/api/reports?filters[id][$eq]=abc', ['filters', 'id', '$eq']],
    ['/api/reports?filters[id][$eq]=99999999999', ['filters', 'id', '$eq']],
    ['/api/reports?filters[id][$contains]=2', ['filters', 'id', '$contains']],
    ['/api/reports?filters[issuedOn][$eq]=abc', ['filters', 'issuedOn', '$eq']],
    ['/api/reports?filters[issuedOn][$contains]=2024', ['filters', 'issuedOn', '$contains']],
    ['/api/reports?filters[createdAt][$eq]=abc', ['filters', 'createdAt', '$eq']],
    ['/api/reports?filters[$or][0][year][$eq]=abc', ['filters', '$or', 0, 'year', '$eq']],
    ['/api/reports?filters[agency][id][$eq]=abc', ['filters', 'agency', 'id', '$eq']],
    ['/api/agencies?filters[reports]=abc', ['filters', 'reports']],
    ['/api/agencies?filters[reports][$in][0]=abc', ['filters', 'reports', '$in', 0]],
    ['/api/agencies?filters[reports][id][$eq]=99999999999', ['filters', 'reports', 'id', '$eq']],
    [
      '/api/reports?populate[agency][filters][id][$eq]=abc',
      ['populate', 'agency', 'filters', 'id', '$eq'],
    ],
  ])('REST %s', async (url, path) => {
    expectFilterError(await get(url), path);
  });

  it('well-formed values still filter', async () => {
    const cases = [
      'filters[year][$eq]=2024',
      'filters[year][$between][0]=2000&filters[year][$between][1]=2100',
      'filters[issuedOn][$lte]=2100-01-01',
      'filters[publishedAt][$notNull]=true',
    ];
    for (const filter of cases) {
      const res = await get(`/api/reports?${filter}`).expect(200);
      expect(documentIds(res.body.data)).toEqual([publishedId]);
    }
  });

  it.each([
    ['{ reports(filters: { year: { between: [2000] } }) { documentId } }', 'filters.year.$between'],
    ['{ reports(filters: { year: { contains: 20 } }) { documentId } }', 'filters.year.$contains'],
    [
      '{ reports(filters: { issuedOn: { startsWith: "2025-01-01" } }) { documentId } }',
      'filters.issuedOn.$startsWith',
    ],
    [
      '{ agencies(filters: { reports: { year: { between: [1, 2, 3] } } }) { documentId } }',
      'filters.reports.year.$between',
    ],
  ])('GraphQL %s: a user error naming the filter', async (query, path) => {
    const res = await graphql(query);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toContain(path);
  });
});

describe('8. a NUL in a path parameter: 400 naming the path, before any route', () => {
  const expectPathError = (res: request.Response) => {
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['path']);
  };

  it.each([
    ['/api/reports/%00'],
    ['/api/agencies/%00'],
    ['/api/annual-report/reports/%00/checks'],
    ['/api/annual-report/reports/%00/document'],
  ])('anonymous GET %s', async (url) => {
    expectPathError(await request(server).get(url));
  });

  it('an API token’s PUT and DELETE', async () => {
    expectPathError(
      await request(server)
        .put('/api/reports/%00')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { title: 'x' } }),
    );
    expectPathError(
      await request(server).delete('/api/reports/x%00y').set('Authorization', `Bearer ${token}`),
    );
  });

  it.each([
    ['/content-manager/collection-types/api::report.report/%00'],
    ['/admin/users/%00'],
    ['/annual-report/reports/%00/checks'],
  ])('admin GET %s', async (url) => {
    expectPathError(await request(server).get(url).set('Authorization', `Bearer ${adminToken}`));
  });

  it('GraphQL report(documentId) with a NUL: a user error', async () => {
    const res = await graphql('{ report(documentId: "\\u0000") { documentId } }');
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('9. a body whose bytes are not UTF-8: 400, nothing stored', () => {
  /** JSON text with a byte that is never UTF-8 (0xFF) inside the title. */
  const withBadByte = (json: string) => {
    const [before, after] = json.split('@BAD@');
    return Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)]);
  };
  const reportBody = withBadByte(
    JSON.stringify({ data: { title: '坏@BAD@字节', year: 2021, format: 'cn-2021' } }),
  );
  const postBytes = (
    url: string,
    body: Buffer,
    auth: string,
    headers: Record<string, string> = {},
  ) =>
    request(server)
      .post(url)
      .set({ Authorization: `Bearer ${auth}`, 'Content-Type': 'application/json', ...headers })
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(body as never);
  const titles = async () =>
    (await app.strapi.db.query('api::report.report').findMany({ select: ['title'] })).map(
      (row: { title: string }) => row.title,
    );
  const expectBodyError = (res: request.Response) => {
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['body']);
  };

  const mutation =
    'mutation($data: ReportInput!) { createReport(data: $data, status: DRAFT) { documentId } }';
  const bad = { title: '坏@BAD@字节', year: 2021, format: 'cn-2021' };

  it.each([
    ['REST', '/api/reports?status=draft', () => reportBody, () => token],
    [
      'GraphQL',
      '/graphql',
      () => withBadByte(JSON.stringify({ query: mutation, variables: { data: bad } })),
      () => token,
    ],
    [
      'the Content Manager',
      '/content-manager/collection-types/api::report.report',
      () => withBadByte(JSON.stringify(bad)),
      () => adminToken,
    ],
  ])('%s refuses it and stores nothing', async (_name, url, body, auth) => {
    expectBodyError(await postBytes(url, body(), auth()));
    expect((await titles()).some((title) => title.includes('\ufffd'))).toBe(false);
  });

  it('compressed, it is judged on the inflated bytes', async () => {
    expectBodyError(
      await postBytes('/api/reports?status=draft', gzipSync(reportBody), token, {
        'Content-Encoding': 'gzip',
      }),
    );
    const valid = Buffer.from(
      JSON.stringify({ data: { title: '压缩的正文', year: 2021, format: 'cn-2021' } }),
    );
    const res = await postBytes('/api/reports?status=draft', gzipSync(valid), token, {
      'Content-Encoding': 'gzip',
    });
    expect(res.status).toBe(201);
    expect(res.body.data.title).toBe('压缩的正文');
  });
});

describe('10. a report at the documented size limits saves; a larger body is a 413 saying so', () => {
  const { REPORT_LIMITS: LIMITS } = Contracts;
  type Stored = { sections: unknown[]; tables: unknown[]; source: unknown; preface: unknown };
  const stored = async (documentId: string) =>
    (await app.strapi.documents('api::report.report').findOne({
      documentId,
      populate: ['sections', 'tables'],
    })) as unknown as Stored;
  const expectAtLimits = (report: Stored) => {
    expect(report.sections).toHaveLength(LIMITS.sections);
    expect(JSON.stringify(report.preface)).toHaveLength(LIMITS.blocksSize);
    expect(JSON.stringify(report.source)).toHaveLength(LIMITS.sourceSize);
  };

  it('REST: a report with every field at its limit saves', async () => {
    const res = await request(server)
      .post('/api/reports?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { ...reportAtLimits(), agency: agencyId } });
    expect(res.status).toBe(201);
    expectAtLimits(await stored(res.body.data.documentId));
  });

  it('GraphQL: the same report as a createReport variable saves', async () => {
    const query =
      'mutation($data: ReportInput!) { createReport(data: $data, status: DRAFT) { documentId } }';
    const res = await request(server)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({ query, variables: { data: reportAtLimits() } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expectAtLimits(await stored(res.body.data.createReport.documentId));
  });

  it('REST: an agency with every field at its limit saves (strings are varchar(255))', async () => {
    const limits = app.strapi.getModel('api::agency.agency').attributes as Record<
      string,
      { maxLength?: number }
    >;
    const data = {
      name: '机构'.padEnd(limits.name.maxLength!, '名'),
      level: 'county',
      region: '区'.repeat(limits.region.maxLength!),
      address: '址'.repeat(limits.address.maxLength!),
      phone: '1'.repeat(limits.phone.maxLength!),
      website: `https://${'w'.repeat(limits.website.maxLength! - 12)}.cn/`,
    };
    const res = await request(server)
      .post('/api/agencies')
      .set('Authorization', `Bearer ${token}`)
      .send({ data });
    expect(res.status).toBe(201);
    expect(res.body.data.address).toBe(data.address);
  });

  /** A JSON body one byte longer than the limit. */
  const overLimit = () => {
    const shell = '{"data":{"title":""}}';
    return `{"data":{"title":"${'x'.repeat(REPORT_BODY_BYTES + 1 - shell.length)}"}}`;
  };

  it.each([['/api/reports?status=draft'], ['/graphql']])(
    'one byte over the limit at %s: 413 naming the limit',
    async (url) => {
      const res = await request(server)
        .post(url)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/json')
        .send(overLimit());
      expect(res.status).toBe(413);
      expect(res.body.error.message).toContain(`${REPORT_BODY_BYTES} bytes`);
    },
  );
});

describe('11. a statistic table’s printed title comes from its template, whatever a client sends', () => {
  const FORGED = '伪造的表格标题';
  const official = (key: string) =>
    templateOf(huaian.report.format).tables.find((table) => table.key === key)!.title;
  const forgedTables = () =>
    huaian.report.tables.map((table, index) => (index === 0 ? { ...table, title: FORGED } : table));
  const firstKey = huaian.report.tables[0].key;
  /** As stored: with the table's number (表二 for the 2021 format's first table). */
  const stored = (key: string) => `表二 ${official(key)}`;
  const storedTitle = async (documentId: string) => {
    const report = (await app.strapi.documents('api::report.report').findOne({
      documentId,
      populate: ['tables'],
    })) as unknown as { tables: Array<{ key: string; title: string }> };
    return report.tables.find((table) => table.key === firstKey)!.title;
  };

  it('REST create and update store the template’s title', async () => {
    const created = await request(server)
      .post('/api/reports?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { ...huaian.report, tables: forgedTables() } })
      .expect(201);
    const { documentId } = created.body.data;
    expect(await storedTitle(documentId)).toBe(stored(firstKey));
    await request(server)
      .put(`/api/reports/${documentId}?status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { tables: forgedTables() } })
      .expect(200);
    expect(await storedTitle(documentId)).toBe(stored(firstKey));
  });

  it('a Content Manager save stores the template’s title', async () => {
    const created = await request(server)
      .post('/content-manager/collection-types/api::report.report')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ ...huaian.report, tables: forgedTables() })
      .expect(201);
    const { documentId } = created.body.data;
    expect(await storedTitle(documentId)).toBe(stored(firstKey));
    await request(server)
      .put(`/content-manager/collection-types/api::report.report/${documentId}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ ...huaian.report, tables: forgedTables() })
      .expect(200);
    expect(await storedTitle(documentId)).toBe(stored(firstKey));
  });

  it('the outputs of a report published with a forged title print the template’s', async () => {
    const agency = await createAgency(app.strapi, {
      ...huaian.agency,
      name: `${huaian.agency.name}（二）`,
    });
    const published = await request(server)
      .post('/api/reports')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { ...huaian.report, agency: agency.documentId, tables: forgedTables() } })
      .expect(201);
    const { documentId } = published.body.data;
    const document = await get(`/api/annual-report/reports/${documentId}/document`).expect(200);
    const table = document.body.data.tables.find((t: { key: string }) => t.key === firstKey);
    expect(table.title).toBe(official(firstKey));
    const html = await get(`/api/annual-report/reports/${documentId}/html`).expect(200);
    expect(html.text).toContain(official(firstKey));
    expect(html.text).not.toContain(FORGED);
  });
});

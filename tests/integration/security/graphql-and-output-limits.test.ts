import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { createFullAccessToken } from '../../helpers/api-token';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { reportInput } from '../../../src/api/report/document-input';

/**
 * Work per request is bounded (issue 18, items 4 and 5). GraphQL: at most 20 aliases, 3,000
 * tokens, a cost of 5,000 and one page of items at the top level, each refused with a 400 naming
 * the limit (400 aliases once held the server for 3.2 s). Word and PDF: one cache entry and one print per page however the URL is
 * spelled (`…/PDF?x=<random>` printed a new PDF per request), a bounded print queue (503 beyond)
 * and a token bucket per client (429 beyond).
 */
const BURST = 3;
let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;
const ids: string[] = [];

beforeAll(async () => {
  // Read by config/ at boot: one print at a time and one waiting; three downloads per client, and
  // practically none given back during the test; one proxy in front, whose address list is trusted.
  process.env.PDF_CONCURRENCY = '1';
  process.env.PDF_QUEUE = '1';
  process.env.OUTPUT_RATE_BURST = String(BURST);
  process.env.OUTPUT_RATE_PER_MINUTE = '0.001';
  process.env.TRUSTED_PROXIES = '1';
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await createFullAccessToken(app.strapi);
  const [haizhu, huaian] = demoReports;
  for (const demo of [haizhu, huaian, huaian]) {
    const agency = await createAgency(app.strapi, {
      ...demo.agency,
      name: `${demo.agency.name}${ids.length}`,
    });
    const report = await app.strapi.documents('api::report.report').create({
      data: reportInput({ ...clone(demo.report), agency: agency.documentId }),
      status: 'published',
    });
    ids.push(report.documentId);
  }
});

afterAll(async () => {
  await app?.stop();
});

/** Each test is its own client, as the proxy in front reports it. */
let clients = 0;
const newClient = () => `198.51.100.${(clients += 1)}`;

const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  request(server).post('/graphql').send({ query, variables });

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** A refusal that names its limit, as GraphQL clients read errors, with nothing internal. */
const expectRefused = (
  res: request.Response,
  limit: RegExp,
  code = 'GRAPHQL_VALIDATION_FAILED',
) => {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors;
  expect(error.message).toMatch(limit);
  expect(error.extensions.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|Internal|node_modules|\.js:\d/i);
};

describe('GraphQL: aliases, tokens and cost per request', () => {
  it('20 aliases are answered; 21 are a 400 naming the limit', async () => {
    const field = `report(documentId: "${ids[0]}") { title }`;
    const ok = await graphql(aliased(20, field)).expect(200);
    expect(ok.body.errors).toBeUndefined();
    expect(Object.keys(ok.body.data)).toHaveLength(20);
    expectRefused(await graphql(aliased(21, field)), /Aliases limit of 20 exceeded, found 21/);
  });

  it('the request of the issue (400 aliases, 25 KB) is a 400, not 3 s of work', async () => {
    const field = `report(documentId: "${ids[1]}") { documentId title year sections { key } }`;
    const query = aliased(400, field);
    expect(query.length).toBeGreaterThan(25_000);
    // Its tokens are counted first.
    expectRefused(await graphql(query), /more th\w+ 3000 tokens/, 'GRAPHQL_PARSE_FAILED');
  });

  it('more than 3,000 tokens is a 400, also at the body size limit', async () => {
    const years = (count: number) =>
      `{ reports(filters: { year: { in: [${'2021 '.repeat(count)}] } }) { title } }`;
    // `{ reports ( filters : { year : { in : [` and `] } } ) { title } }`: 20 tokens around.
    const within = await graphql(years(2980)).expect(200);
    expect(within.body.errors).toBeUndefined();
    for (const count of [2981, 150_000])
      expectRefused(await graphql(years(count)), /more th\w+ 3000 tokens/, 'GRAPHQL_PARSE_FAILED');
  });

  it('a cost above 5,000 within the depth limit is a 400 naming the cost', async () => {
    // Report → agency → reports …, nine levels (Strapi's depthLimit is 10), 100 fields at the bottom.
    let selection = 'documentId '.repeat(100);
    for (let level = 9; level > 0; level -= 1)
      selection = level % 2 ? `agency { ${selection} }` : `reports { ${selection} }`;
    expectRefused(await graphql(`{ reports { ${selection} } }`), /Cost limit of 5000 exceeded/);
  });

  it('aliases share one page of 100 items: twenty pages of labeled reports are a 400', async () => {
    // Within the limits of armor, this held the server for 36 s (bench/graphql).
    const pages = aliased(20, 'annualReports(pagination: { limit: 100 }) { title tables { key } }');
    expectRefused(
      await graphql(pages),
      /at most 100 items at its top level.*up to 2000/,
      'BAD_USER_INPUT',
    );
    expectRefused(
      await graphql(aliased(5, 'reports { title }')),
      /at most 100 items.*up to 125/,
      'BAD_USER_INPUT',
    );
    const page = await graphql('{ reports(pagination: { limit: 100 }) { title } }').expect(200);
    expect(page.body.data.reports).toHaveLength(ids.length);
  });

  it("the project's queries pass untouched, a whole labeled report twenty times over", async () => {
    const labeled = `annualReport(documentId: "${ids[1]}") { documentId title year format formatName
      preface issuedOn publishedAt contact
      agency { name level levelLabel region address postcode phone email website }
      sections { key number heading body tables }
      tables { key number title unit corner section proseOnly note
        columns { key label group kind unit } rows { key number label level heading values } } }`;
    const res = await graphql(aliased(20, labeled)).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.a19.tables.length).toBeGreaterThan(0);
    const checks = await graphql(
      `
        query ($id: ID!) {
          reportChecks(documentId: $id) {
            errors
            warnings
            rulesVersion
            findings {
              rule
              severity
              path
              message {
                zhHans
                en
              }
              basis {
                zhHans
                en
              }
              expected
              actual
            }
          }
        }
      `,
      { id: ids[1] },
    ).expect(200);
    expect(checks.body.errors).toBeUndefined();
  });
});

const output = (id: string, path: string, client: string) =>
  request(server).get(`/api/annual-report/reports/${id}/${path}`).set('X-Forwarded-For', client);

describe('Word and PDF: one entry and one print per page, however the URL is spelled', () => {
  it('the case of the path and unknown parameters do not make a new Word document', async () => {
    const client = newClient();
    const first = await output(ids[0], 'docx', client).expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    for (const path of ['DOCX?x=1', 'Docx/?x=2', 'docx?status=published&x=3']) {
      const again = await output(ids[0], path, client).expect(200);
      expect(again.headers['x-cache']).toBe('HIT');
    }
    const upper = await request(server)
      .get(`/API/ANNUAL-REPORT/REPORTS/${ids[0]}/docx?y=4`)
      .set('X-Forwarded-For', client)
      .expect(200);
    expect(upper.headers['x-cache']).toBe('HIT');
  });

  describe('PDF (Chromium replaced by a print the test finishes)', () => {
    const pdf = () => app.strapi.plugin('annual-report').service('pdf');
    /** Prints started, each finished when the test says. */
    const prints: Array<{ finish(): void }> = [];
    let asked: jest.SpyInstance;

    beforeEach(() => {
      prints.length = 0;
      jest.spyOn(pdf(), 'available').mockReturnValue(true);
      asked = jest.spyOn(pdf(), 'print');
      jest.spyOn(pdf(), 'render').mockImplementation(
        () =>
          new Promise<Buffer>((resolve) => {
            prints.push({ finish: () => resolve(Buffer.from('%PDF-1.7')) });
          }),
      );
    });

    afterEach(() => {
      jest.restoreAllMocks();
    });

    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setImmediate(resolve));
    };

    // A cookie keeps the response cache out of the way: each request reaches the route.
    const uncached = (id: string, path: string, client: string) =>
      output(id, path, client).set('Cookie', 'portal=1');

    it('the same page asked for at once under other spellings is printed once', async () => {
      const client = newClient();
      const answers = Promise.all(
        ['pdf', 'PDF?x=1', 'Pdf/?x=2'].map((path) =>
          uncached(ids[0], path, client).then((res) => res),
        ),
      );
      // All three have asked for their print before the first one is done.
      await until(() => asked.mock.calls.length === 3);
      prints[0].finish();
      for (const res of await answers) {
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
      }
      expect(prints).toHaveLength(1);
    });

    it('a full print queue is a 503 with Retry-After; the queued print follows', async () => {
      const printing = uncached(ids[0], 'pdf', newClient()).then((res) => res);
      await until(() => prints.length === 1);
      const waiting = uncached(ids[1], 'pdf', newClient()).then((res) => res);
      await until(() => asked.mock.calls.length === 2);
      const full = await uncached(ids[2], 'pdf', newClient());
      expect(full.status).toBe(503);
      expect(Number(full.headers['retry-after'])).toBeGreaterThan(0);
      expect(full.body.error.message).toMatch(/PDFs are being printed/);
      prints[0].finish();
      expect((await printing).status).toBe(200);
      const answered = waiting.then((res) => {
        throw new Error(`the queued request was answered ${res.status} without a print`);
      });
      await Promise.race([until(() => prints.length === 2), answered]);
      answered.catch(() => undefined);
      prints[1].finish();
      expect((await waiting).status).toBe(200);
      expect(prints).toHaveLength(2);
    });
  });
});

describe('Word and PDF: a token bucket per client', () => {
  const docx = (client: string, auth?: string) => {
    const req = output(ids[1], 'docx', client).set('Cookie', 'portal=1');
    return auth ? req.set('Authorization', `Bearer ${auth}`) : req;
  };

  const expectLimited = (res: request.Response) => {
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error.name).toBe('RateLimitError');
    expect(res.body.error.message).toMatch(/try again in \d+ s/);
  };

  it(`${BURST} downloads at once, then 429 with Retry-After, for Word and PDF alike`, async () => {
    const client = newClient();
    for (let i = 0; i < BURST; i += 1) await docx(client).expect(200);
    expectLimited(await docx(client));
    const pdf = app.strapi.plugin('annual-report').service('pdf');
    const available = jest.spyOn(pdf, 'available').mockReturnValue(true);
    try {
      expectLimited(await output(ids[1], 'PDF?x=1', client).set('Cookie', 'portal=1'));
    } finally {
      available.mockRestore();
    }
    // Another client is not held back, nor are the cheap outputs.
    await docx(newClient()).expect(200);
    await output(ids[1], 'html', client).set('Cookie', 'portal=1').expect(200);
  });

  it('a report that does not exist costs no token', async () => {
    const client = newClient();
    for (let i = 0; i <= BURST; i += 1)
      await output('nosuchreport', 'docx', client).set('Cookie', 'portal=1').expect(404);
    await docx(client).expect(200);
  });

  it('addresses a client writes into X-Forwarded-For itself are ignored', async () => {
    const client = newClient();
    for (let i = 0; i < BURST; i += 1) await docx(client).expect(200);
    expectLimited(await docx(`203.0.113.${clients}, ${client}`));
  });

  it('without a trusted proxy, X-Forwarded-For is not read at all', async () => {
    const koa = app.strapi.server.app;
    koa.proxy = false;
    try {
      const answers = [];
      for (let i = 0; i <= BURST; i += 1) answers.push((await docx(newClient())).status);
      // All from the socket's address: fresh forwarded addresses do not refill the bucket.
      expect(answers.slice(0, BURST)).toEqual(Array(BURST).fill(200));
      expect(answers[BURST]).toBe(429);
    } finally {
      koa.proxy = true;
    }
  });

  it('API tokens are not limited', async () => {
    const client = newClient();
    for (let i = 0; i <= BURST; i += 1) await docx(client, token).expect(200);
  });

  it('cached answers are served without taking a token', async () => {
    const client = newClient();
    const cached = () => output(ids[2], 'docx', client);
    expect((await cached().expect(200)).headers['x-cache']).toBe('MISS');
    for (let i = 0; i < BURST + 2; i += 1)
      expect((await cached().expect(200)).headers['x-cache']).toBe('HIT');
  });
});

import fs from 'fs';
import request from 'supertest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { signInAdmin } from '../../helpers/admin-session';
import { createAgency } from '../../helpers/fixtures';
import { clone } from '../../helpers/report-builder';
import { CHROMIUM, launchBrowser } from '../../helpers/browser';
import { demoReports } from '../../../src/demo';
import { signPreviewToken } from '../../../src/plugins/annual-report/server/src/preview/preview-token';
import { reportInput } from '../../../src/api/report/document-input';

/**
 * Public outputs serve published versions only; the preview page serves what a valid signed token
 * names and nothing else; content cannot put script into any page.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let publishedId: string;
let draftOnlyId: string;

const [, huaian] = demoReports;
const documents = () => app.strapi.documents('api::report.report');
const OUTPUTS = ['document', 'html', 'tables.csv', 'docx', 'pdf'];
const DRAFT_TITLE = '草稿标题DRAFT-ONLY';
const HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">';

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  const agency = await createAgency(app.strapi, huaian.agency);
  const report = clone(huaian.report);
  report.title = `${report.title}${HOSTILE}`;
  report.sections[0].body = [{ type: 'paragraph', children: [{ type: 'text', text: HOSTILE }] }];
  report.tables[0].note = HOSTILE;
  publishedId = (
    await documents().create({
      data: reportInput({ ...report, agency: agency.documentId }),
      status: 'published',
    })
  ).documentId;
  // The published report's draft moves on: only the published version may be served.
  await documents().update({ documentId: publishedId, data: { title: DRAFT_TITLE } });
  const other = await createAgency(app.strapi, { ...huaian.agency, name: '另一机构' });
  draftOnlyId = (
    await documents().create({
      data: reportInput({ ...clone(huaian.report), title: DRAFT_TITLE, agency: other.documentId }),
    })
  ).documentId;
  // Strapi refuses a javascript: link in blocks; an import or an older version may still hold one.
  await app.strapi.db.query('report.section').updateMany({
    where: { heading: report.sections[1].heading },
    data: {
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: 'javascript:window.pwned=3',
              children: [{ type: 'text', text: '点我' }],
            },
          ],
        },
      ],
    },
  });
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => request(server).get(url);

describe('public outputs', () => {
  it.each(OUTPUTS)(
    '%s of a draft-only document is a 404, whatever the query says',
    async (kind) => {
      for (const query of ['', '?status=draft', '?publicationState=preview']) {
        const res = await get(`/api/annual-report/reports/${draftOnlyId}/${kind}${query}`);
        if (kind === 'pdf' && !fs.existsSync(CHROMIUM)) expect(res.status).toBe(501);
        else expect(res.status).toBe(404);
      }
      expect((await get(`/api/annual-report/reports/nope/${kind}`)).status).toBe(
        kind === 'pdf' && !fs.existsSync(CHROMIUM) ? 501 : 404,
      );
    },
  );

  it.each(OUTPUTS)('%s of an id that names no document is a 404, never a 500', async (kind) => {
    for (const id of ['%00', 'x%00y', '%F0%9F%98%80', 'a'.repeat(300), '..%2F..']) {
      const res = await get(`/api/annual-report/reports/${id}/${kind}`);
      expect([404, 400]).toContain(res.status);
    }
  });

  it('serve the published version, not the newer draft', async () => {
    const doc = await get(`/api/annual-report/reports/${publishedId}/document?status=draft`);
    expect(doc.status).toBe(200);
    expect(doc.body.data.title).not.toContain(DRAFT_TITLE);
    const html = await get(`/api/annual-report/reports/${publishedId}/html`);
    expect(html.text).not.toContain(DRAFT_TITLE);
  });

  it('GraphQL annualReport: labeled tables of the published version; drafts are not found', async () => {
    const query = /* GraphQL */ `
      query ($id: ID!) {
        annualReport(documentId: $id) {
          title
          tables {
            key
            number
            columns {
              key
              label
              group
            }
            rows {
              key
              number
              label
              level
              values
            }
          }
        }
      }
    `;
    const ok = await request(server)
      .post('/graphql')
      .send({ query, variables: { id: publishedId } })
      .expect(200);
    const applications = ok.body.data.annualReport.tables.find(
      (table: { key: string }) => table.key === 'applications',
    );
    expect(applications.columns[1]).toEqual({
      key: 'commercial',
      label: '商业企业',
      group: ['申请人情况', '法人或其他组织'],
    });
    expect(applications.rows[0]).toMatchObject({ key: 'new', number: '一、', level: 0 });
    expect(ok.body.data.annualReport.title).not.toContain(DRAFT_TITLE);

    const missing = await request(server)
      .post('/graphql')
      .send({ query, variables: { id: draftOnlyId } })
      .expect(200);
    expect(missing.body.data.annualReport).toBeNull();
    expect(missing.body.errors[0].extensions.error.name).toBe('NotFoundError');

    const odd = await request(server)
      .post('/graphql')
      .send({ query, variables: { id: 'a\u0000b' } });
    expect(odd.status).toBeLessThan(500);
    expect(odd.body.data?.annualReport ?? null).toBeNull();
    expect(JSON.stringify(odd.body)).not.toMatch(/INTERNAL_SERVER_ERROR/);

    const list = await request(server)
      .post('/graphql')
      .send({
        query: `{ annualReports(filters: { year: { eq: 2024 } }) { title tables { key } } }`,
      })
      .expect(200);
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data.annualReports).toHaveLength(1);
    expect(list.body.data.annualReports[0].title).not.toContain(DRAFT_TITLE);
  });

  it('GraphQL annualReports: filters, on the report and across relations, see published rows only', async () => {
    // Only draft versions carry DRAFT_TITLE: a filter that matched one would reveal a draft.
    for (const filters of [
      `{ title: { contains: "DRAFT-ONLY" } }`,
      `{ agency: { reports: { title: { contains: "DRAFT-ONLY" } } } }`,
      `{ or: [{ year: { eq: 1900 } }, { agency: { reports: { title: { contains: "DRAFT-ONLY" } } } }] }`,
    ]) {
      const res = await request(server)
        .post('/graphql')
        .send({ query: `{ annualReports(filters: ${filters}) { title } }` })
        .expect(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.annualReports).toEqual([]);
    }
  });
});

describe('preview page', () => {
  const secret = () => app.strapi.config.get('plugin::annual-report.preview.secret') as string;

  const previewUrl = (uid: string, token: string) =>
    request(server)
      .get(`/content-manager/preview/url/${uid}`)
      .query({ documentId: publishedId, status: 'draft' })
      .set('Authorization', `Bearer ${token}`);

  it('shows the stored draft for a valid token from Strapi’s Preview, uncached', async () => {
    const admin = await signInAdmin(app.strapi);
    const answer = await previewUrl('api::report.report', admin).expect(200);
    const url = answer.body.data.url as string;
    const res = await get(url).expect(200);
    expect(res.text).toContain(DRAFT_TITLE);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    // No preview for other types, and none for an admin who may not read reports.
    expect((await previewUrl('api::agency.agency', admin)).status).toBe(204);
    expect((await previewUrl('api::report.report', await signInAdmin(app.strapi, []))).status).toBe(
      204,
    );
  });

  it('refuses a missing, forged or expired token with 401', async () => {
    const forged = signPreviewToken({ documentId: publishedId, status: 'draft' }, 'wrong', 600);
    const expired = signPreviewToken(
      { documentId: publishedId, status: 'draft' },
      secret(),
      60,
      Date.now() - 120_000,
    );
    for (const token of ['', forged, expired]) {
      const res = await get(`/api/annual-report/preview?token=${encodeURIComponent(token)}`);
      expect(res.status).toBe(401);
      expect(res.text).not.toContain(DRAFT_TITLE);
    }
  });
});

describe('hostile content', () => {
  it('renders inert: no script, no event attribute, no javascript: link; nothing runs in Chromium', async () => {
    const html = await get(`/api/annual-report/reports/${publishedId}/html`).expect(200);
    const live = DomUtils.findAll(
      (element) =>
        element.name === 'script' ||
        Object.keys(element.attribs).some((name) => name.startsWith('on')) ||
        /^\s*javascript:/i.test(element.attribs.href ?? ''),
      parseDocument(html.text).children,
    );
    expect(live).toEqual([]);
    expect(html.text).toContain('点我');
    if (!fs.existsSync(CHROMIUM)) {
      console.warn(`browser check skipped: no Chromium at ${CHROMIUM}`);
      return;
    }
    const http = app.strapi.server.httpServer;
    if (!http.listening) await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const address = http.address() as { port: number };
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(
        `http://127.0.0.1:${address.port}/api/annual-report/reports/${publishedId}/html`,
      );
      await page.getByText('点我').click();
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(await page.title()).toContain('<script>');
    } finally {
      await browser.close();
    }
  });
});

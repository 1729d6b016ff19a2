import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import {
  createReport,
  openAdmin,
  type AdminBrowser,
  publishReport,
} from '../helpers/admin-browser';
import { snapshot } from '../helpers/browser';

/** An editor in the admin panel: creates a report from a template, sees live checks, cannot publish errors. */
let admin: AdminBrowser;
let app: TestApp;
let page: Page;
let base: string;
/** Every request the admin makes to a host other than this server: none may leave the network. */
const outside: string[] = [];

const REPORTS = '/admin/content-manager/collection-types/api::report.report';

beforeAll(async () => {
  admin = await openAdmin((context) =>
    context.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (/^https?:$/.test(protocol) && hostname !== '127.0.0.1') outside.push(request.url());
    }),
  );
  ({ app, page, base } = admin);
});

afterAll(async () => {
  await admin?.close();
});

it('lists reports with the year printed as four digits', async () => {
  await page.goto(`${base}${REPORTS}`);
  const rows = page.locator('tbody tr');
  await rows.first().waitFor();
  const text = await page.locator('tbody').innerText();
  expect(text).toContain('2018');
  expect(text).toContain('2024');
  expect(text).not.toMatch(/2,0(18|24)/);
  await snapshot(page, 'list');
});

it('creates a report from a template: every section and table is there after the first save', async () => {
  // The browser runs the admin in English: the fields are labelled in the interface language.
  await createReport(page, base, {
    title: '测试区2021年政府信息公开工作年度报告',
    year: '2021',
    format: 'cn-2021',
  });
  // Each section is listed under its heading; the blank tables are errors until filled.
  await page.getByText(/[1-9]\d* errors: cannot be published/).waitFor();
  await page.getByText('其他需要报告的事项').first().scrollIntoViewIfNeeded();
  await snapshot(page, 'created-from-template');

  const created = await app.strapi.documents('api::report.report').findFirst({
    filters: { year: 2021 },
    populate: ['sections', 'tables'],
  });
  const report = created as unknown as {
    sections: Array<{ heading: string }>;
    tables: Array<{ key: string }>;
  };
  expect(report.sections.map((s) => s.heading)).toContain('收到和处理政府信息公开申请情况');
  expect(report.tables.map((t) => t.key)).toContain('applications');
});

it('shows live findings while typing and refuses to publish a report with errors', async () => {
  const huaian = await app.strapi
    .documents('api::report.report')
    .findFirst({ filters: { year: 2024 } });
  await page.goto(`${base}${REPORTS}/${huaian!.documentId}`);
  await page.getByText('0 errors, 0 warnings').waitFor();

  await page.fill('input[name=year]', '2025');
  // The side panel re-checks the unsaved form: the title and prose still say 2024.
  await page.getByText(/[1-9]\d* errors: cannot be published/).waitFor();
  await expect(page.getByText('Y1').first().isVisible()).resolves.toBe(true);
  await snapshot(page, 'live-checks');

  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved document').waitFor();
  await publishReport(page);
  await page.getByText(/发布被拒绝/).waitFor();
  await snapshot(page, 'publish-refused');

  const published = await app.strapi.documents('api::report.report').findFirst({
    status: 'published',
    filters: { title: '淮安市人民政府2024年政府信息公开工作年度报告' },
  });
  expect((published as unknown as { year: number }).year).toBe(2024);
});

it('keeps what the editor typed when Publish is refused, so Save still stores it', async () => {
  const huaian = await app.strapi
    .documents('api::report.report')
    .findFirst({ filters: { year: 2025 } });
  await page.goto(`${base}${REPORTS}/${huaian!.documentId}`);
  const title = '淮安市人民政府2025年政府信息公开工作年度报告（草稿）';
  await page.fill('input[name=title]', title);
  await publishReport(page);
  await page
    .getByText(/发布被拒绝/)
    .first()
    .waitFor();
  await expect(page.inputValue('input[name=title]')).resolves.toBe(title);

  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved document').first().waitFor();
  const draft = await app.strapi
    .documents('api::report.report')
    .findOne({ documentId: huaian!.documentId });
  expect((draft as unknown as { title: string }).title).toBe(title);
});

it('attaches an agency created from the picker of a report not saved yet', async () => {
  await page.goto(`${base}${REPORTS}/create`);
  await page.fill('input[name=title]', '新区2025年政府信息公开工作年度报告');
  await page.fill('input[name=year]', '2025');
  await page.getByRole('combobox', { name: /Publishing agency/ }).click();
  await page.getByRole('option', { name: 'Create a relation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=name]').fill('新区人民政府');
  await dialog.getByRole('combobox', { name: /Level/ }).click();
  await page.getByRole('option', { name: 'County' }).click();
  await dialog.getByRole('button', { name: /^Save$/ }).click();
  await page.getByText('Saved document').first().waitFor();
  await page.getByRole('button', { name: 'Close modal' }).click();
  await page.getByText('新区人民政府').first().waitFor();
  await snapshot(page, 'agency-created-from-picker');

  await page.getByRole('combobox', { name: 'Report format' }).click();
  await page.getByRole('option', { name: /cn-2021/ }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  const report = (await app.strapi.documents('api::report.report').findFirst({
    filters: { title: '新区2025年政府信息公开工作年度报告' },
    populate: ['agency'],
  })) as unknown as { agency: { name: string } | null };
  expect(report.agency?.name).toBe('新区人民政府');
});

it('calls no host outside this server (no telemetry, no update check)', () => {
  expect(outside).toEqual([]);
});

import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { openAdmin, type AdminBrowser } from '../helpers/admin-browser';
import { screenshotPath, snapshot } from '../helpers/browser';

/**
 * The report as printed, seen by an editor without saving (the edit view's print preview),
 * through Strapi's own Preview (a signed link to the stored draft), as the published PDF, and the
 * published files the edit view links to.
 */
let admin: AdminBrowser;
let app: TestApp;
let page: Page;
let base: string;

const REPORTS = '/admin/content-manager/collection-types/api::report.report';
const reportId = async (year: number) =>
  (await app.strapi.documents('api::report.report').findFirst({ filters: { year } }))!.documentId;

beforeAll(async () => {
  admin = await openAdmin();
  ({ app, page, base } = admin);
});

afterAll(async () => {
  await admin?.close();
});

const openPreview = async () => {
  await page
    .getByRole('button', { name: 'Print preview (current changes included)', exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.ar-report').waitFor();
  return dialog;
};

it('the seed report (2018) previews as printed, tables on the form, unsaved changes included', async () => {
  await page.goto(`${base}${REPORTS}/${await reportId(2018)}`);
  await page.locator('input[name=title]').waitFor();
  const unsaved = '海珠区2018年政府信息公开工作年度报告（预览测试）';
  await page.fill('input[name=title]', unsaved);
  const dialog = await openPreview();
  await expect(dialog.locator('.ar-title').innerText()).resolves.toContain('预览测试');
  const text = await dialog.innerText();
  for (const heading of ['一、概述', '七、说明与附表']) expect(text).toContain(heading);
  expect(await dialog.locator('table').count()).toBeGreaterThanOrEqual(3);
  await snapshot(page, 'preview-seed');
  await page.keyboard.press('Escape');
});

it('a 2021 report previews with merged headers and the findings marked on their cells', async () => {
  await page.goto(`${base}${REPORTS}/${await reportId(2024)}`);
  await page.locator('input[name=title]').waitFor();
  const dialog = await openPreview();
  const corner = dialog.locator('th', { hasText: '申请人情况' });
  await expect(corner.getAttribute('colspan')).resolves.toBe('7');
  await dialog.getByText('三、本年度办理结果').scrollIntoViewIfNeeded();
  await snapshot(page, 'preview-2021');
  await page.keyboard.press('Escape');
});

it('Strapi’s Preview opens the stored draft through a signed link', async () => {
  const id = await reportId(2024);
  // Its box in the edit view says what it opens, apart from the print preview's.
  await page.goto(`${base}${REPORTS}/${id}`);
  await page.getByRole('link', { name: 'Open the draft page' }).waitFor();
  expect(await page.getByRole('button', { name: 'Preview', exact: true }).count()).toBe(0);
  await page.goto(`${base}${REPORTS}/${id}/preview`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.ar-report').waitFor();
  const src = await page.locator('iframe').getAttribute('src');
  expect(src).toMatch(/\/api\/annual-report\/preview\?token=/);
  await snapshot(page, 'strapi-preview');
  const forged = await page.request.get(`${base}/api/annual-report/preview?token=x.y`);
  expect(forged.status()).toBe(401);
});

it('the published PDF’s first page looks like the printed report', async () => {
  const id = await reportId(2024);
  const response = await page.request.get(`${base}/api/annual-report/reports/${id}/pdf`);
  expect(response.status()).toBe(200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annual-report-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, await response.body());
    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '80',
      '-png',
      file,
      path.join(dir, 'page'),
    ]);
    const png = fs.readdirSync(dir).find((name) => name.endsWith('.png'))!;
    fs.copyFileSync(path.join(dir, png), screenshotPath('pdf-page-1'));
    expect(fs.statSync(screenshotPath('pdf-page-1')).size).toBeGreaterThan(10_000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const FILES = [
  { name: 'Web page (HTML)', path: 'html', type: 'text/html' },
  { name: 'PDF', path: 'pdf', type: 'application/pdf' },
  { name: 'Word document', path: 'docx', type: 'wordprocessingml' },
  { name: 'Tables (CSV)', path: 'tables.csv', type: 'text/csv' },
];

it('the published files link from the edit view, and the public link copies', async () => {
  const id = await reportId(2024);
  await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.goto(`${base}${REPORTS}/${id}`);
  await page.getByText('Published files').waitFor();
  for (const file of FILES) {
    const link = page.getByRole('link', {
      name: new RegExp(`^${file.name.replace(/[()]/g, '\\$&')}`),
    });
    const href = await link.getAttribute('href');
    expect(href).toBe(`${base}/api/annual-report/reports/${id}/${file.path}`);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(file.type);
  }
  await page.getByRole('button', { name: 'Copy the public link' }).click();
  await page.getByText('Public link copied: paste it on the portal').waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
    `${base}/api/annual-report/reports/${id}/html`,
  );
  await page.getByText('Published files').scrollIntoViewIfNeeded();
  await snapshot(page, 'edit-view-published-files');
});

it('a report never published has no published files, and says what it needs first', async () => {
  await page.goto(`${base}${REPORTS}/create`);
  await page.getByText('Still needed:').waitFor();
  for (const step of ['Choose the report format', 'Enter the year the report covers', 'Save once'])
    await page.getByText(step, { exact: false }).first().waitFor();
  await page.getByText('The checks start once the report is saved.').waitFor();
  expect(await page.getByText('Published files').count()).toBe(0);
  await snapshot(page, 'edit-view-new-report');
});

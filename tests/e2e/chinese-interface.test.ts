import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import {
  openAdmin,
  publishReport,
  switchToChinese,
  type AdminBrowser,
} from '../helpers/admin-browser';
import { launchBrowser, snapshot } from '../helpers/browser';
import { latinWords } from '../helpers/latin-words';

/**
 * The screens an office works on, with the interface set to 中文: the login page of a browser
 * that never chose a language, the home page, the report and agency lists,
 * a report's edit view with a statistic table open, the preview, a new report, an agency with
 * its level picker open. No English word on any of them (see latin-words.ts for what may stay).
 */
let admin: AdminBrowser;
let app: TestApp;
let page: Page;
let base: string;

const CM = '/admin/content-manager/collection-types';
const REPORTS = `${CM}/api::report.report`;
const AGENCIES = `${CM}/api::agency.agency`;

beforeAll(async () => {
  admin = await openAdmin();
  ({ app, page, base } = admin);
  await switchToChinese(admin);
});

afterAll(async () => {
  await admin?.close();
});

const reportId = async (year: number) =>
  (await app.strapi.documents('api::report.report').findFirst({ filters: { year } }))!.documentId;

const expectChinese = async (name: string, on: Page = page) => {
  await snapshot(on, `zh-${name}`);
  expect(await latinWords(on)).toEqual([]);
};

it('the login page of a new browser, in 中文 without choosing it', async () => {
  const fresh = await launchBrowser();
  try {
    const login = await fresh.context.newPage();
    await login.goto(`${base}/admin/auth/login`);
    await login.locator('input[name=email]').waitFor();
    await login.getByRole('button', { name: '登录' }).waitFor();
    await expect(login.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans');
    await expectChinese('login', login);
  } finally {
    await fresh.close();
  }
});

it('the home page, without Strapi’s announcements', async () => {
  await page.goto(`${base}/admin`);
  await page.getByRole('heading', { name: /^您好/ }).waitFor();
  // Widgets load after the heading: wait for the profile card's and the statistics' contents.
  await page.getByText('个人资料').first().waitFor();
  await page.getByText('最近编辑的条目').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.getByText('全新的媒体库').count()).toBe(0);
  expect(await page.getByText(/推荐\s*Strapi|recommend Strapi/).count()).toBe(0);
  await expectChinese('home');
});

it('the report list', async () => {
  await page.goto(`${base}${REPORTS}`);
  await page.locator('tbody tr').first().waitFor();
  await expectChinese('report-list');
});

it('a 2021 report with table 三 open, the checks panel beside it', async () => {
  await page.goto(`${base}${REPORTS}/${await reportId(2024)}`);
  await page.getByText('可以发布').waitFor();
  const trigger = page.getByRole('button', { name: /收到和处理政府信息公开申请情况/ }).last();
  await trigger.click();
  await page.locator('[data-cell-path$=".cells.new.natural-person"]').scrollIntoViewIfNeeded();
  await expectChinese('report-edit');
});

it('a published report’s side panels: print preview, draft page, published files', async () => {
  await page.goto(`${base}${REPORTS}/${await reportId(2024)}`);
  await page.getByText('可以发布').waitFor();
  await page.getByRole('link', { name: '打开草稿页面' }).waitFor();
  for (const name of ['网页（HTML）', 'PDF 文件', 'Word 文档', '统计表数据（CSV）'])
    await page
      .getByRole('link', { name: new RegExp(`^${name.replace(/[()（）]/g, '.')}`) })
      .waitFor();
  await page.getByRole('button', { name: '复制公开链接' }).waitFor();
  await expectChinese('report-side-panels');
});

it('the preview of the unsaved report', async () => {
  await page.getByRole('button', { name: '打印预览（含当前修改）', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.ar-report').waitFor();
  await dialog.getByText('一、总体情况').waitFor();
  await expectChinese('report-preview');
  await page.keyboard.press('Escape');
});

it('table 四 fits the edit view at 1440 px without scrolling', async () => {
  await page
    .getByRole('button', { name: /行政复议、行政诉讼情况/ })
    .last()
    .click();
  const table = page.locator('table:has([data-cell-path$=".cells.cases.review-upheld"])');
  await table.scrollIntoViewIfNeeded();
  const { scroll, client } = await table.evaluate((element) => {
    const scroller = element.parentElement!;
    return { scroll: scroller.scrollWidth, client: scroller.clientWidth };
  });
  expect(page.viewportSize()?.width).toBe(1440);
  expect(scroll).toBeLessThanOrEqual(client);
  await expectChinese('table-four');
});

it('the 2018 seed report', async () => {
  await page.goto(`${base}${REPORTS}/${await reportId(2018)}`);
  await page.getByText('可以发布').waitFor();
  await page
    .getByRole('button', { name: /主动公开情况统计/ })
    .last()
    .click();
  await page.locator('[data-cell-path*=".cells."]').first().scrollIntoViewIfNeeded();
  await expectChinese('seed-edit');
});

it('a new report', async () => {
  await page.goto(`${base}${REPORTS}/create`);
  await page.getByRole('button', { name: '保存' }).waitFor();
  await expectChinese('report-create');
});

it('the agency list, levels by their names', async () => {
  await page.goto(`${base}${AGENCIES}`);
  await page.locator('tbody tr').first().waitFor();
  expect(await page.locator('tbody').innerText()).toMatch(/县级|地市级|政府部门/);
  await expectChinese('agency-list');
});

it('an agency with its level picker open', async () => {
  await page.locator('tbody tr').first().click();
  await page.getByRole('combobox', { name: /层级/ }).click();
  await page.getByRole('option', { name: '乡镇街道' }).waitFor();
  await expectChinese('agency-edit');
});

// Last: it leaves the report with unsaved changes.
it('a refused publication: the message, the panel and the marked cell', async () => {
  await page.goto(`${base}${REPORTS}/${await reportId(2024)}`);
  await page.getByText('可以发布').waitFor();
  await page
    .getByRole('button', { name: /收到和处理政府信息公开申请情况/ })
    .last()
    .click();
  const total = page.locator('[data-cell-path$=".cells.new.total"]');
  await total.fill(String(Number(await total.inputValue()) + 1));
  await publishReport(page);
  await page.getByText(/^发布被拒绝：报告有 \d+ 项错误$/).waitFor();
  await expect(total.getAttribute('aria-invalid')).resolves.toBe('true');
  await total.scrollIntoViewIfNeeded();
  await expectChinese('publish-refused');
});

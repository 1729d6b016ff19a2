import type { BrowserContext, Page } from 'playwright-core';
import { startStrapi, type TestApp } from './strapi';
import { createAdmin } from './admin-session';
import { launchBrowser } from './browser';

export interface AdminBrowser {
  app: TestApp;
  /** http://127.0.0.1:<port> of the booted Strapi. */
  base: string;
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * One Strapi (demo data, admin panel) listening on a free port and one Chromium page signed in as
 * a super admin: what a browser test file shares across its tests. `beforePage` sees the context
 * before the first page opens (to record requests).
 */
export const openAdmin = async (
  beforePage?: (context: BrowserContext, base: string) => void,
): Promise<AdminBrowser> => {
  const app = await startStrapi({ demoData: true, adminPanel: true });
  const http = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const { email, password } = await createAdmin(app.strapi);
  const browser = await launchBrowser();
  // The tests are written against the English interface: this browser chose English, as a user
  // does on the login page (a new browser gets 中文). switchToChinese changes it.
  await browser.context.addInitScript(() => {
    if (localStorage.getItem('strapi-admin-language') === null)
      localStorage.setItem('strapi-admin-language', 'en');
  });
  beforePage?.(browser.context, base);
  const page = await browser.context.newPage();
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return {
    app,
    base,
    page,
    context: browser.context,
    async close() {
      await browser.close();
      await app.stop();
    },
  };
};

/** The admin in 中文, as chosen in the profile page: the server then answers in Chinese too. */
export const switchToChinese = async ({ app, page }: AdminBrowser) => {
  await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'zh-Hans'));
  await app.strapi.db
    .query('admin::user')
    .updateMany({ where: {}, data: { preferedLanguage: 'zh-Hans' } });
};

export const REPORTS_PATH = '/admin/content-manager/collection-types/api::report.report';

/** Creates a report from a template in the English edit view and waits for its first save. */
export const createReport = async (
  page: Page,
  base: string,
  { title, year, format }: { title: string; year: string; format: string },
) => {
  await page.goto(`${base}${REPORTS_PATH}/create`);
  await page.fill('input[name=title]', title);
  await page.fill('input[name=year]', year);
  await page.getByRole('combobox', { name: 'Report format' }).click();
  await page.getByRole('option', { name: new RegExp(format) }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
};

const PUBLISH = /^(Publish|发布)$/;

/**
 * The edit view's Publish: it asks for 公开日期 first (today by default); `date` (YYYY-MM-DD)
 * replaces it. Returns once the dialog's own Publish is clicked.
 */
export const publishReport = async (page: Page, date?: string) => {
  await page.getByRole('button', { name: PUBLISH }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  if (date) await dialog.locator('input[type=date]').fill(date);
  // A DOM click: Playwright's mouse click on this button never returns, although the page
  // publishes and stays responsive (seen with chromium 155 on the design system's alertdialog).
  await dialog.getByRole('button', { name: PUBLISH }).dispatchEvent('click');
};

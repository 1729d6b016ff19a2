import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import {
  openAdmin,
  REPORTS_PATH,
  switchToChinese,
  type AdminBrowser,
} from '../helpers/admin-browser';
import { snapshot } from '../helpers/browser';

/**
 * In 中文, two editors on one report: the second save, made from the older version, is refused;
 * the editor's figure is not lost — the panel lists it cell by cell against the saved version and
 * puts it back, and saving then stores it. Every version is listed with who and when.
 */
let admin: AdminBrowser;
let app: TestApp;
let mine: Page;
let theirs: Page;
let base: string;
let documentId: string;
const UID = 'api::report.report';

beforeAll(async () => {
  admin = await openAdmin();
  ({ app, page: mine, base } = admin);
  await switchToChinese(admin);
  documentId = (await app.strapi.documents(UID).findFirst({ filters: { year: 2024 } }))!.documentId;
  theirs = await admin.context.newPage();
});

afterAll(async () => {
  await admin?.close();
});

const open = async (page: Page) => {
  await page.goto(`${base}${REPORTS_PATH}/${documentId}`);
  await page.getByText('可以发布').waitFor();
};
const save = (page: Page) => page.getByRole('button', { name: '保存' }).click();
const stored = async () =>
  app.strapi.documents(UID).findOne({ documentId, populate: { tables: true } });

it('a stale save is refused, and the editor’s figure is kept and can be saved', async () => {
  await open(mine);
  await open(theirs);

  const title = theirs.locator('input[name=title]');
  await title.fill(`${await title.inputValue()}（他人修改）`);
  await save(theirs);
  await theirs
    .getByText(/已保存|保存成功/)
    .first()
    .waitFor();

  await mine
    .getByRole('button', { name: /收到和处理政府信息公开申请情况/ })
    .last()
    .click();
  const total = mine.locator('[data-cell-path$=".cells.new.total"]');
  const figure = Number(await total.inputValue()) + 1;
  await total.fill(String(figure));
  await save(mine);
  const alert = mine.getByRole('alert').filter({ hasText: '你的修改没有保存' });
  await alert.waitFor();
  await alert
    .getByText(/本年新收政府信息公开申请数量.*→ \d+/)
    .first()
    .waitFor();
  await alert.scrollIntoViewIfNeeded();
  await snapshot(mine, 'zh-stale-save-refused');

  await alert.getByRole('button', { name: '放回我的修改' }).click();
  await expect(total.inputValue()).resolves.toBe(String(figure));
  await save(mine);
  await mine
    .getByText(/已保存|保存成功/)
    .first()
    .waitFor();
  const saved = await stored();
  const applications = saved!.tables!.find((t) => t.key === 'applications');
  expect((applications?.cells as { new: { total: number } }).new.total).toBe(figure);

  await mine.reload();
  await mine.getByRole('button', { name: /查看 \d+ 个历史版本/ }).click();
  await mine
    .getByText(/第 \d+ 版/)
    .first()
    .waitFor();
  await expect(mine.getByText(/第 \d+ 版/).count()).resolves.toBeGreaterThanOrEqual(3);
  await mine
    .getByText(/第 \d+ 版/)
    .first()
    .scrollIntoViewIfNeeded();
  await snapshot(mine, 'zh-history');
});

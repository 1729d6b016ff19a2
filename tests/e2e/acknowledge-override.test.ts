import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import {
  openAdmin,
  REPORTS_PATH,
  switchToChinese,
  type AdminBrowser,
  publishReport,
} from '../helpers/admin-browser';
import { snapshot } from '../helpers/browser';
import { paragraphs } from '../../src/demo/blocks';
import { huaian2024 } from '../../src/demo/huaian-2024';
import { clone } from '../helpers/report-builder';
import { tablesInput, type ReportInput } from '../../src/api/report/document-input';
import type { CheckSummary } from '../../src/plugins/annual-report/shared/contracts/checks';

/**
 * In 中文: an editor marks a warning 已核实 with a note, and the mark survives save, reload and
 * publish, and re-opens when the figure changes; an error offers no such mark; the super admin
 * publishes over an error with a reason, and the record is listed.
 */
let admin: AdminBrowser;
let app: TestApp;
let page: Page;
let base: string;
let documentId: string;
const UID = 'api::report.report';

const withPrefaceSentence = (sentence: string) =>
  [...clone(huaian2024.report.preface ?? []), ...paragraphs([sentence])] as ReportInput['preface'];

beforeAll(async () => {
  admin = await openAdmin();
  ({ app, page, base } = admin);
  await switchToChinese(admin);
  const huaian = await app.strapi.documents(UID).findFirst({ filters: { year: 2024 } });
  documentId = huaian!.documentId;
  // 受理 is not the form's own word: a figure that disagrees is a warning, not an error.
  await app.strapi.documents(UID).update({
    documentId,
    data: { preface: withPrefaceSentence('本年度共受理政府信息公开申请3120件。') },
  });
});

afterAll(async () => {
  await admin?.close();
});

const stored = async (published: boolean): Promise<CheckSummary> =>
  (
    await app.strapi.db
      .query(UID)
      .findOne({ where: { documentId, publishedAt: published ? { $notNull: true } : null } })
  ).checks;

it('marks a warning 已核实 with a note, and it survives save, reload and publish', async () => {
  await page.goto(`${base}${REPORTS_PATH}/${documentId}`);
  await page.getByText('另有 1 项提示，请核对').waitFor();
  await page.getByRole('button', { name: '依据' }).first().click();
  await page
    .getByText(/本系统统计口径/)
    .first()
    .waitFor();

  await page.getByRole('button', { name: '已核实…' }).click();
  await page.getByRole('button', { name: '标为已核实' }).click();
  await page.getByText('请说明如何核实了这个数字').waitFor();
  await page.getByRole('textbox', { name: '核实说明' }).fill('含上年结转34件，与表格一致');
  await page.getByRole('button', { name: '标为已核实' }).click();
  await page.getByText('已核实 1 项').waitFor();
  await expect(page.getByText('另有 1 项提示，请核对').count()).resolves.toBe(0);
  await page.getByText('已核实 1 项').click();
  await page.getByText(/含上年结转34件，与表格一致（Editor Test/).waitFor();
  await snapshot(page, 'zh-acknowledged');

  // Marking changed nothing in the form (Save stays disabled); an edit is saved over it.
  const title = page.locator('input[name=title]');
  await title.fill(`${await title.inputValue()}（修订稿）`);
  await page.getByRole('button', { name: '保存' }).click();
  await page
    .getByText(/已保存|保存成功/)
    .first()
    .waitFor();
  await page.reload();
  await page.getByText('已核实 1 项').waitFor();
  expect(await stored(false)).toMatchObject({ warnings: 0, acknowledged: 1 });

  await publishReport(page);
  await page
    .getByText(/已发布|发布成功/)
    .first()
    .waitFor();
  expect(await stored(true)).toMatchObject({ errors: 0, warnings: 0, acknowledged: 1 });
});

it('re-opens the warning when its figure changes', async () => {
  await app.strapi.documents(UID).update({
    documentId,
    data: { preface: withPrefaceSentence('本年度共受理政府信息公开申请3121件。') },
  });
  await page.reload();
  await page.getByText('另有 1 项提示，请核对').waitFor();
  await expect(page.getByText('已核实 1 项').count()).resolves.toBe(0);
});

it('offers no mark on an error, and lets the super admin publish over it with a reason', async () => {
  const tables = clone(huaian2024.report.tables);
  const appeals = tables.findIndex((table) => table.key === 'appeals');
  tables[appeals].cells.cases['review-upheld'] = 73;
  await app.strapi.documents(UID).update({ documentId, data: { tables: tablesInput(tables) } });
  await page.reload();
  await page.getByText(/有 1 项错误，不能发布/).waitFor();
  // Two warnings (the 3121 and 其中结果维持72件) can be marked; the T4-1 error cannot.
  await expect(page.getByRole('button', { name: '已核实…' }).count()).resolves.toBe(2);

  await page.getByRole('button', { name: '更多文档操作' }).click();
  await page.getByRole('menuitem', { name: '越过错误发布' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/T4-1/).waitFor();
  await dialog.getByRole('textbox', { name: '理由' }).fill('复议数据以复议机关通报为准，先行公开');
  await snapshot(page, 'zh-override');
  await dialog.getByRole('button', { name: '越过错误并发布' }).click();
  await page.waitForLoadState('load');
  await page
    .getByText(/复议数据以复议机关通报为准，先行公开/)
    .first()
    .waitFor();

  const published = await app.strapi
    .documents(UID)
    .findOne({ documentId, status: 'published', populate: { tables: true } });
  expect(published?.tables?.[appeals]?.cells).toMatchObject({ cases: { 'review-upheld': 73 } });

  await page.goto(`${base}/admin/plugins/annual-report/overrides`);
  await page.getByRole('heading', { name: '越过错误发布记录' }).waitFor();
  await snapshot(page, 'zh-override-records');
  await page.locator('table').getByText('复议数据以复议机关通报为准，先行公开').waitFor();
});

it('the audit log lists the publications, the override among them, in Chinese, with a CSV export', async () => {
  await page.goto(`${base}/admin/plugins/annual-report/audit`);
  await page.getByRole('heading', { name: '操作审计日志' }).waitFor();
  const table = page.locator('table');
  await table.getByText('越过错误发布').first().waitFor();
  await table.getByText('发布报告').first().waitFor();
  await snapshot(page, 'zh-audit');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('audit-log.csv');
});

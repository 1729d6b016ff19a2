import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import {
  openAdmin,
  publishReport,
  REPORTS_PATH,
  switchToChinese,
  type AdminBrowser,
} from '../helpers/admin-browser';
import { snapshot } from '../helpers/browser';
import { todayIn } from '../../src/plugins/annual-report/shared/dates/today';
import { REPORT_UID } from '../../src/plugins/annual-report/shared/contracts/uids';

/**
 * An editor's January, in 中文: the list shows which reports still fail and filters them, the next
 * report starts from last year's, and publishing asks for 公开日期.
 */
let admin: AdminBrowser;
let app: TestApp;
let page: Page;
let base: string;

beforeAll(async () => {
  admin = await openAdmin();
  ({ app, page, base } = admin);
  await switchToChinese(admin);
});

afterAll(async () => {
  await admin?.close();
});

const documents = () => app.strapi.documents(REPORT_UID);
const columnOf = async (header: string) =>
  page
    .locator('thead th')
    .evaluateAll(
      (cells, name) => cells.findIndex((cell) => cell.textContent?.trim() === name),
      header,
    );

it('the list shows the errors and warnings of each report and filters by them', async () => {
  // A report just made from the template: its tables are blank, so it has errors.
  await documents().create({
    data: { title: '测试区人民政府2023年政府信息公开工作年度报告', year: 2023, format: 'cn-2021' },
  });
  await page.goto(`${base}${REPORTS_PATH}`);
  await page.locator('tbody tr').first().waitFor();
  const errors = await columnOf('错误');
  const warnings = await columnOf('提示');
  expect(errors).toBeGreaterThan(0);
  expect(warnings).toBeGreaterThan(0);
  const rows = await page.locator('tbody tr').evaluateAll(
    (trs, [e, w]) =>
      trs.map((tr) => {
        const cells = tr.querySelectorAll('td');
        return { errors: cells[e]?.textContent?.trim(), warnings: cells[w]?.textContent?.trim() };
      }),
    [errors, warnings],
  );
  const stored = await app.strapi.db.query(REPORT_UID).findMany({
    where: { publishedAt: null },
    select: ['errorCount', 'warningCount'],
  });
  expect(rows.map((row) => Number(row.errors)).sort()).toEqual(
    stored.map((row: { errorCount: number }) => row.errorCount).sort(),
  );
  expect(rows.some((row) => Number(row.errors) > 0)).toBe(true);
  expect(rows.some((row) => row.errors === '0')).toBe(true);
  // Formats by their names, not their keys.
  const listed = await page.locator('tbody').innerText();
  expect(listed).toContain('2021年全国统一格式');
  expect(listed).not.toContain('cn-2021');
  await snapshot(page, 'zh-list-counts');

  // 错误 > 0: only the reports that cannot be published.
  const failing = stored.filter((row: { errorCount: number }) => row.errorCount > 0).length;
  await page.goto(`${base}${REPORTS_PATH}?filters[$and][0][errorCount][$gt]=0&page=1`);
  await page.waitForFunction(
    (count) => document.querySelectorAll('tbody tr').length === count,
    failing,
  );
  const shown = await page.locator('tbody').innerText();
  expect(shown).toContain('测试区人民政府2023年');
  await snapshot(page, 'zh-list-failing');
});

it('starts next year’s report from the list, with the preface carried and last year’s text beside', async () => {
  await page.goto(`${base}${REPORTS_PATH}`);
  await page.getByRole('button', { name: '从上年报告开始' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/淮安市人民政府：2024 年度 → 新建 2025 年度/).waitFor();
  await snapshot(page, 'zh-next-year-dialog');
  await dialog.getByRole('button', { name: '新建 2025 年度报告' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith(REPORT_UID));
  await page.getByText('2025 年度报告草稿已创建').first().waitFor();
  await page
    .getByRole('button', { name: /一、总体情况/ })
    .first()
    .waitFor();

  const created = (await documents().findFirst({
    filters: { year: 2025 },
    populate: ['sections'],
  })) as unknown as { preface: unknown; sections: Array<{ body: unknown[] }> };
  expect(JSON.stringify(created.preface)).toContain('统计期限自2025年1月1日至2025年12月31日');
  expect(created.sections.every((section) => section.body.length === 0)).toBe(true);

  // Last year's text is a reference in the side panel, not in the sections.
  await page.getByText('上年报告正文（2024 年度，供参考）').waitFor();
  const lastYear = page.getByRole('region', { name: /上年报告正文/ });
  await lastYear.getByRole('button', { name: '一、总体情况' }).click();
  await page.getByText(/2024年，我市坚持以习近平新时代/).waitFor();
  await snapshot(page, 'zh-next-year-created');

  // The create view offers the same, from the agency's latest report (now the 2025 draft).
  await page.goto(`${base}${REPORTS_PATH}/create`);
  await page.getByRole('button', { name: '从上年报告开始' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByText(/淮安市人民政府：2025 年度 → 新建 2026 年度/).waitFor();
  await snapshot(page, 'zh-next-year-create-view');
  await modal.getByRole('button', { name: '取消' }).click();
});

it('asks for 公开日期 when publishing, today by default', async () => {
  const report = await documents().findFirst({ filters: { year: 2024 } });
  await page.goto(`${base}${REPORTS_PATH}/${report!.documentId}`);
  await page.getByText('可以发布').waitFor();
  await page.fill('input[name=title]', '淮安市人民政府2024年政府信息公开工作年度报告（修订）');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.locator('input[type=date]').inputValue()).resolves.toBe(
    (report as unknown as { issuedOn: string | null }).issuedOn ?? todayIn(),
  );
  await snapshot(page, 'zh-publish-date');
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  await publishReport(page, '2025-01-20');
  await page
    .getByText(/已发布|发布成功/)
    .first()
    .waitFor();
  const published = await documents().findOne({
    documentId: report!.documentId,
    status: 'published',
  });
  expect((published as unknown as { issuedOn: string }).issuedOn).toBe('2025-01-20');
});

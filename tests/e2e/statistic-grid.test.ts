import { readFileSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import {
  createReport,
  openAdmin,
  publishReport,
  switchToChinese,
  type AdminBrowser,
} from '../helpers/admin-browser';
import { snapshot } from '../helpers/browser';
import { latinWords } from '../helpers/latin-words';

/**
 * An editor fills the statistic tables as the official form: types, pastes from a spreadsheet,
 * fills totals, follows the checks panel to the cell, and publishes once nothing is wrong.
 */
let admin: AdminBrowser;
let app: TestApp;
let page: Page;
let base: string;

const REPORTS = '/admin/content-manager/collection-types/api::report.report';
const NEW = '一、本年新收政府信息公开申请数量';

beforeAll(async () => {
  admin = await openAdmin();
  ({ app, page, base } = admin);
});

afterAll(async () => {
  await admin?.close();
});

const cell = (name: string) => page.getByRole('textbox', { name, exact: true });

/**
 * Opens the repeatable item (accordion) of a table by its title, if it is closed. Sections come
 * before tables, and section 三 has the title of table 三: the table's is the last.
 */
const openTable = async (title: string) => {
  const input = page.locator('[data-cell-path^="tables."]').first();
  const trigger = page.getByRole('button', { name: new RegExp(title) }).last();
  await trigger.scrollIntoViewIfNeeded();
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  await input.waitFor({ state: 'attached' });
};

const paste = async (target: Locator, text: string) => {
  await target.focus();
  await target.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
};

describe('a new cn-2021 report', () => {
  it('is created from the template with its tables as grids', async () => {
    await createReport(page, base, {
      title: '测试区2021年政府信息公开工作年度报告',
      year: '2021',
      format: 'cn-2021',
    });
    await openTable('收到和处理政府信息公开申请情况');
    await cell(`${NEW} · 自然人`).waitFor();
    await snapshot(page, 'grid-new-report');
  });

  it('marks a wrong total in the grid and the panel; the panel item leads to the cell', async () => {
    await cell(`${NEW} · 自然人`).fill('5');
    await cell(`${NEW} · 法人或其他组织·商业企业`).fill('1');
    await cell(`${NEW} · 总计`).fill('9');
    const total = cell(`${NEW} · 总计`);
    await expect(total.getAttribute('aria-invalid')).resolves.toBe('true');
    const item = page.getByRole('button', {
      name: /(表三|Table 3) · 一、本年新收政府信息公开申请数量 · 总计/,
    });
    await item.first().waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await item.first().click();
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-cell-path')),
    ).resolves.toMatch(/cells\.new\.total$/);
    await snapshot(page, 'grid-wrong-total');
  });

  it('pastes a 3×7 block from a spreadsheet, refusing what it cannot read, and undoes it', async () => {
    const rows = ['1,200\t３\t0\t0\t0\t0\t1203', '2\t0\t0\t0\t0\t0\t2', '10\t1\t0\t0\t0\t0\t11'];
    await paste(cell(`${NEW} · 自然人`), `${rows.join('\r\n')}\r\n`);
    await expect(cell(`${NEW} · 自然人`).inputValue()).resolves.toBe('1200');
    await expect(cell(`${NEW} · 法人或其他组织·商业企业`).inputValue()).resolves.toBe('3');
    await expect(cell('二、上年结转政府信息公开申请数量 · 总计').inputValue()).resolves.toBe('2');
    // The third row lands on （一）予以公开: 三、本年度办理结果 is a heading without cells.
    await expect(cell('（一）予以公开 · 总计').inputValue()).resolves.toBe('11');
    await page.getByText(/Filled 21 cells/).waitFor();

    await paste(cell('（一）予以公开 · 法人或其他组织·科研机构'), 'abc\t5');
    await page.getByText(/refused 1 cell/).waitFor();
    await expect(cell('（一）予以公开 · 法人或其他组织·科研机构').inputValue()).resolves.toBe('0');
    await expect(cell('（一）予以公开 · 法人或其他组织·社会公益组织').inputValue()).resolves.toBe(
      '5',
    );

    await page.keyboard.press('Control+z');
    await expect(cell('（一）予以公开 · 法人或其他组织·社会公益组织').inputValue()).resolves.toBe(
      '0',
    );
    await snapshot(page, 'grid-pasted');
  });

  it('fills blank totals from their parts and never overwrites a typed one', async () => {
    await cell('（一）予以公开 · 总计').fill('');
    await cell(`${NEW} · 总计`).fill('1000');
    await page.getByRole('button', { name: 'Fill totals' }).first().click();
    await expect(cell('（一）予以公开 · 总计').inputValue()).resolves.toBe('11');
    await expect(cell(`${NEW} · 总计`).inputValue()).resolves.toBe('1000');
  });
});

describe('the 2024 demo report', () => {
  const goTo2024 = async () => {
    const report = await app.strapi
      .documents('api::report.report')
      .findFirst({ filters: { year: 2024 } });
    await page.goto(`${base}${REPORTS}/${report!.documentId}`);
    await page.getByText('Ready to publish').waitFor();
  };

  it('refuses to publish a wrong total, marks the cell, and publishes once it is fixed', async () => {
    await goTo2024();
    await openTable('收到和处理政府信息公开申请情况');
    const total = cell(`${NEW} · 总计`);
    const right = await total.inputValue();
    await total.fill(String(Number(right) + 1));
    await publishReport(page);
    await page
      .getByText(/发布被拒绝|refused/)
      .first()
      .waitFor();
    await expect(total.getAttribute('aria-invalid')).resolves.toBe('true');
    await total.scrollIntoViewIfNeeded();
    await snapshot(page, 'grid-publish-refused');

    await total.fill(right);
    await expect(total.getAttribute('aria-invalid')).resolves.not.toBe('true');
    await page.getByText('Ready to publish').waitFor();
    // Back to the published figures: a revised title makes it a change worth publishing.
    await page.fill('input[name=title]', '淮安市人民政府2024年政府信息公开工作年度报告（修订）');
    await publishReport(page);
    await page
      .getByText(/Published document|Published/)
      .first()
      .waitFor();
    const published = (await app.strapi
      .documents('api::report.report')
      .findFirst({ filters: { year: 2024 }, status: 'published' })) as unknown as { title: string };
    expect(published.title).toContain('（修订）');
  });

  it('stores the summary the panel shows', async () => {
    const text = await page.locator('aside', { hasText: 'Checks' }).innerText();
    const warnings = Number(/(\d+) warnings? to review/.exec(text)?.[1] ?? 0);
    const stored = (await app.strapi
      .documents('api::report.report')
      .findFirst({ filters: { year: 2024 }, status: 'published' })) as unknown as {
      checks: { errors: number; warnings: number };
    };
    expect(stored.checks.errors).toBe(0);
    expect(stored.checks.warnings).toBe(warnings);
  });
  it('saves what was just typed, by the shortcut from the cell or by the Save button', async () => {
    const input = page.locator('[data-cell-path$=".cells.new.natural-person"]');
    const tableIndex = Number(
      /^tables\.(\d+)\./.exec((await input.getAttribute('data-cell-path'))!)![1],
    );
    const saved = () =>
      page.waitForResponse(
        (response) =>
          response.request().method() === 'PUT' && response.url().includes('api::report.report/'),
      );
    const stored = async () => {
      const draft = (await app.strapi.documents('api::report.report').findFirst({
        filters: { year: 2024 },
        status: 'draft',
        populate: ['tables'],
      })) as unknown as { tables: Array<{ cells: { new: Record<string, number | null> } }> };
      return draft.tables[tableIndex].cells.new['natural-person'];
    };
    // Keys typed one by one, the shortcut pressed without leaving the cell.
    await input.focus();
    await input.press('End');
    const before = await input.inputValue();
    await input.press('7');
    let answer = saved();
    await input.press('Control+s');
    await answer;
    await expect(stored()).resolves.toBe(Number(`${before}7`));
    // Then straight to the Save button.
    await input.focus();
    await input.press('Backspace');
    answer = saved();
    await page.getByRole('button', { name: 'Save' }).click();
    await answer;
    await expect(stored()).resolves.toBe(Number(before));
  });
});

it('the seed report shows its tables as the official form, with nothing to fix', async () => {
  const seed = await app.strapi
    .documents('api::report.report')
    .findFirst({ filters: { year: 2018 } });
  await page.goto(`${base}${REPORTS}/${seed!.documentId}`);
  await page.getByText('Ready to publish').waitFor();
  await openTable('主动公开情况统计');
  await snapshot(page, 'grid-seed');
});

// Last: the interface stays in 中文 from here on.
describe('in 中文, a block copied from the official form with its labels and header', () => {
  /** Table 三 as Excel copies it from the official form: corner, header rows, label columns. */
  const OFFICIAL_BLOCK = readFileSync(
    join(__dirname, '../fixtures/paste/huaian-2024-table-3.tsv'),
    'utf8',
  );
  const NEW_PERSON = `${NEW} · 自然人`;
  const DISCLOSED_PERSON = '（一）予以公开 · 自然人';
  const values = (names: string[]) => Promise.all(names.map((name) => cell(name).inputValue()));
  const CHECKED = [
    NEW_PERSON,
    `${NEW} · 法人或其他组织·商业企业`,
    `${NEW} · 总计`,
    '（一）予以公开 · 法人或其他组织·法律服务机构',
    '1.属于国家秘密 · 总计',
    '3.其他 · 法人或其他组织·商业企业',
    '（七）总计 · 自然人',
    '（七）总计 · 总计',
    '四、结转下年度继续办理 · 总计',
  ];

  beforeAll(async () => {
    await switchToChinese(admin);
    const report = await app.strapi
      .documents('api::report.report')
      .findFirst({ filters: { title: '测试区2021年政府信息公开工作年度报告' } });
    await page.goto(`${base}${REPORTS}/${report!.documentId}`);
    await page.getByRole('button', { name: '发布' }).first().waitFor();
    await openTable('收到和处理政府信息公开申请情况');
    await cell(NEW_PERSON).waitFor();
  });

  it('lands every figure in its own cell, whatever cell has the focus, and undoes in one step', async () => {
    const before = await values(CHECKED);
    await paste(cell(NEW_PERSON), OFFICIAL_BLOCK);
    await page.getByText('按复制的行标签和表头对位：已填入 175 格').waitFor();
    await expect(values(CHECKED)).resolves.toEqual([
      '3001',
      '53',
      '3119',
      '50',
      '2',
      '2',
      '2932',
      '3050',
      '103',
    ]);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await cell(NEW_PERSON).scrollIntoViewIfNeeded();
    await snapshot(page, 'grid-paste-aligned-zh');
    expect(await latinWords(page)).toEqual([]);

    await page.keyboard.press('Control+z');
    await page.getByText('已撤销').waitFor();
    await expect(values(CHECKED)).resolves.toEqual(before);

    // Focused elsewhere, the same block lands in the same cells.
    await paste(cell('四、结转下年度继续办理 · 总计'), OFFICIAL_BLOCK);
    await page.getByText('按复制的行标签和表头对位：已填入 175 格').waitFor();
    await expect(cell(NEW_PERSON).inputValue()).resolves.toBe('3001');
    await expect(cell('四、结转下年度继续办理 · 总计').inputValue()).resolves.toBe('103');
  });

  it('asks first for a block of another shape: cancel writes nothing, confirm writes', async () => {
    // A label misprinted as some reports print it, and a figure column the table does not have.
    const odd =
      '（一）予以公开\t1\t1\t1\t1\t1\t1\t6\t99\r\n' +
      '2.其他法律行政止公开\t4\t0\t0\t0\t0\t0\t4\t99\r\n';
    const targets = [
      DISCLOSED_PERSON,
      '（一）予以公开 · 总计',
      '2.其他法律行政法规禁止公开 · 自然人',
    ];
    const before = await values(targets);
    expect(before).toEqual(['1288', '1362', '30']);

    await paste(cell(`${NEW} · 总计`), odd);
    const dialog = page.getByRole('dialog', { name: '请确认粘贴的数字放在哪里' });
    await dialog.waitFor();
    await dialog
      .getByText('“2.其他法律行政止公开”按相近的行“2.其他法律行政法规禁止公开”放置')
      .waitFor();
    await dialog.getByText('2 个数字超出表格，不粘贴').waitFor();
    await dialog.getByText('2.其他法律行政法规禁止公开 · 自然人', { exact: true }).waitFor();
    await snapshot(page, 'grid-paste-confirm-zh');
    expect(await latinWords(page)).toEqual([]);

    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('已取消粘贴，未写入任何数字').waitFor();
    await expect(values(targets)).resolves.toEqual(before);

    await paste(cell(`${NEW} · 总计`), odd);
    await dialog.getByRole('button', { name: '按上表粘贴' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(values(targets)).resolves.toEqual(['1', '6', '4']);
    await page.getByText(/已填入 14 格，2 格超出表格未粘贴/).waitFor();
    await snapshot(page, 'grid-paste-confirmed-zh');

    // One undo step takes the confirmed paste back.
    await page.keyboard.press('Control+z');
    await expect(values(targets)).resolves.toEqual(before);
  });
});

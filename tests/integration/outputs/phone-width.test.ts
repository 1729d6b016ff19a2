import fs from 'fs';
import type { Page } from 'playwright-core';
import { renderReportPage } from '../../../src/plugins/annual-report/server/src/output/html';
import { CHROMIUM, launchBrowser, snapshot } from '../../helpers/browser';
import { demoDocuments } from '../../helpers/demo-documents';

/**
 * The published page on a phone 375 px wide: no table squeezes its columns below two characters
 * (table 三 has ten), tables scroll sideways inside their frame, and the page itself does not.
 */
const PHONE = { width: 375, height: 812 };

interface CellWidth {
  table: string;
  text: string;
  /** Content width over the cell's font size: how many characters of text fit on a line. */
  characters: number;
}

const cellWidths = (page: Page) =>
  page.$$eval('.ar-table th, .ar-table td', (cells) =>
    cells.map((cell): CellWidth => {
      const style = getComputedStyle(cell);
      const content =
        cell.getBoundingClientRect().width -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight);
      return {
        table: cell.closest('.ar-table-block')?.id ?? '',
        text: (cell.textContent ?? '').slice(0, 12),
        characters: content / parseFloat(style.fontSize),
      };
    }),
  );

let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

beforeAll(async () => {
  if (fs.existsSync(CHROMIUM)) browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(demoDocuments)('$name on a phone', ({ name, document: report }) => {
  it('keeps every table cell at least two characters wide, scrolling tables inside their frame', async () => {
    if (!browser) {
      console.warn(`phone test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
      return;
    }
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize(PHONE);
      await page.setContent(renderReportPage(report).html, { waitUntil: 'load' });
      const cells = await cellWidths(page);
      expect(cells.length).toBeGreaterThan(20);
      expect(cells.filter((cell) => cell.characters < 2)).toEqual([]);

      // The page does not scroll sideways; the wide tables do, inside their frame.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(PHONE.width);
      const scrolling = await page.$$eval('.ar-table-block', (blocks) =>
        blocks.filter((block) => block.scrollWidth > block.clientWidth).map((block) => block.id),
      );
      if (name.startsWith('huaian')) expect(scrolling).toContain('ar-table-applications');

      await (await page.$('#ar-table-applications'))?.scrollIntoViewIfNeeded();
      await snapshot(page, `phone-375-${name.split(' ')[0]}`);
    } finally {
      await page.close();
    }
  });
});

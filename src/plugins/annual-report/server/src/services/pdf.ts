import { existsSync } from 'fs';
import type { Core } from '@strapi/strapi';
import { chromium, type Browser } from 'playwright-core';
import { pluginConfig } from '../plugin-config';

/**
 * Prints the report's HTML page to an A4 PDF with the Chromium the host has (Debian's `chromium`).
 * One browser is shared by every request and relaunched if it dies; each print gets its own
 * context with JavaScript off and no network, so content cannot run or fetch anything.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let browser: Promise<Browser> | undefined;

  const launch = (): Promise<Browser> => {
    browser ??= chromium
      .launch({
        executablePath: pluginConfig(strapi).pdf.executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      })
      .then((launched) => {
        launched.on('disconnected', () => {
          browser = undefined;
        });
        return launched;
      })
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  };

  return {
    available(): boolean {
      return existsSync(pluginConfig(strapi).pdf.executablePath);
    },

    async print(html: string): Promise<Buffer> {
      const context = await (await launch()).newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(pluginConfig(strapi).pdf.timeoutMs);
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          // Size, margins and the page number come from the page's own @page rules.
          preferCSSPageSize: true,
        });
      } finally {
        await context.close();
      }
    },

    async close(): Promise<void> {
      const running = browser;
      browser = undefined;
      if (running) await (await running).close().catch(() => undefined);
    },
  };
};

import { existsSync } from 'fs';
import type { Core } from '@strapi/strapi';
import { chromium, type Browser } from 'playwright-core';
import { pluginConfig } from '../plugin-config';
import { renderQueue } from './render-queue';

/**
 * Prints the report's HTML page to an A4 PDF with the Chromium the host has (Debian's `chromium`).
 * One browser is shared by every request and relaunched if it dies; each print gets its own
 * context with JavaScript off and no network, so content cannot run or fetch anything. Prints go
 * through a bounded queue (config `pdf.concurrency`, `pdf.queue`): more at once would only queue
 * inside Chromium while each holds a page in memory.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let browser: Promise<Browser> | undefined;
  const queue = renderQueue<Buffer>(() => {
    const { concurrency, queue: waiting } = pluginConfig(strapi).pdf;
    return { concurrency, waiting };
  });

  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    const launching: Promise<Browser> = chromium
      .launch({
        executablePath: pluginConfig(strapi).pdf.executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      })
      .then((launched) => {
        launched.on('disconnected', () => {
          if (browser === launching) browser = undefined;
        });
        return launched;
      })
      .catch((error: unknown) => {
        if (browser === launching) browser = undefined;
        throw error;
      });
    browser = launching;
    return launching;
  };

  const service = {
    available(): boolean {
      return existsSync(pluginConfig(strapi).pdf.executablePath);
    },

    /**
     * The PDF of `html`, or null when the queue is full (the caller answers 503). `key` names the
     * page: a print of the same key already running or waiting is shared.
     */
    print(key: string, html: string): Promise<Buffer> | null {
      return queue.run(key, () => service.render(html));
    },

    /** One print, in Chromium. */
    async render(html: string): Promise<Buffer> {
      let context: Awaited<ReturnType<Browser['newContext']>> | undefined;
      try {
        context = await (await launch()).newContext({ javaScriptEnabled: false });
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
        await context?.close();
      }
    },

    async close(): Promise<void> {
      const running = browser;
      browser = undefined;
      if (running) await running.then((launched) => launched.close()).catch(() => undefined);
    },
  };
  return service;
};

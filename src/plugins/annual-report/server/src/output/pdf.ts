import { existsSync } from 'fs';
import type { Core } from '@strapi/strapi';
import { chromium, type Browser } from 'playwright-core';
import type { ReportDocument } from '../../../shared/contracts/document';
import { pluginConfig } from '../plugin-config';
import { renderReportPage, type RenderedPage } from './html';
import { withReportMetadata } from './pdf-metadata';
import { printFontCss } from './print-font-css';
import { loadPrintFonts, type LoadedFace } from './print-fonts';
import { renderQueue } from './render-queue';

/**
 * The origin the print page is served from, inside the print's own browser context only: the
 * page and its fonts are answered from memory, every other request is aborted.
 */
const PRINT_ORIGIN = 'https://print.annual-report.invalid';

export interface PdfMetadata {
  title: string;
  /** The agency: Chromium writes no author, pdf-lib does. */
  author: string | null;
}

/**
 * Prints the report's HTML page to an A4 PDF with the Chromium the host has (Debian's `chromium`).
 * One browser is shared by every request and relaunched if it dies; each print gets its own
 * context with JavaScript off and no network, so content cannot run or fetch anything. Prints go
 * through a bounded queue (config `pdf.concurrency`, `pdf.queue`): more at once would only queue
 * inside Chromium while each holds a page in memory.
 *
 * The page is printed with web fonts the server ships (print-fonts.ts), not the system's: Debian's
 * Noto CJK has CFF outlines, which Chromium embeds as Type 3 fonts that archival checks reject;
 * TrueType outlines embed as CID TrueType.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let browser: Promise<Browser> | undefined;
  let fonts: LoadedFace[] | undefined;
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

    /** The print's fonts, read once; throws when a site's font file is missing. */
    fonts(): LoadedFace[] {
      fonts ??= loadPrintFonts(pluginConfig(strapi).pdf.fonts, strapi.dirs.app.root);
      return fonts;
    },

    /** The report's page as Chromium prints it: the HTML page with the print's fonts. */
    page(document: ReportDocument): RenderedPage {
      const faces = service.fonts();
      if (faces.length === 0) return renderReportPage(document);
      const css = printFontCss(faces.map((face) => ({ ...face, url: `fonts/${face.name}` })));
      return renderReportPage(document, { fonts: { css, source: "'self'" } });
    },

    /**
     * The PDF of `page`, or null when the queue is full (the caller answers 503). `key` names the
     * page: a print of the same key already running or waiting is shared.
     */
    print(key: string, page: RenderedPage, metadata: PdfMetadata): Promise<Buffer> | null {
      return queue.run(key, () => service.render(page, metadata));
    },

    /** One print, in Chromium, then the metadata Chromium does not write. */
    async render(printed: RenderedPage, metadata: PdfMetadata): Promise<Buffer> {
      const files = new Map(service.fonts().map((face) => [`/fonts/${face.name}`, face]));
      let context: Awaited<ReturnType<Browser['newContext']>> | undefined;
      try {
        context = await (await launch()).newContext({ javaScriptEnabled: false });
        await context.route('**/*', (route) => {
          const url = new URL(route.request().url());
          if (url.origin !== PRINT_ORIGIN) return route.abort();
          if (url.pathname === '/')
            return route.fulfill({
              contentType: 'text/html; charset=utf-8',
              headers: { 'Content-Security-Policy': printed.contentSecurityPolicy },
              body: printed.html,
            });
          const font = files.get(url.pathname);
          return font
            ? route.fulfill({ contentType: font.contentType, body: font.body })
            : route.abort();
        });
        const page = await context.newPage();
        page.setDefaultTimeout(pluginConfig(strapi).pdf.timeoutMs);
        await page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          // Size, margins and the page number come from the page's own @page rules.
          preferCSSPageSize: true,
        });
        return await withReportMetadata(pdf, metadata);
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

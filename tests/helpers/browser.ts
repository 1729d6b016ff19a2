import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium, headless, with the flags this machine's closed network needs. */
export const launchBrowser = async (): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'annual-report-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1440, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
};

/** Screenshots go to tests/e2e/screenshots (ignored by git) for a person to look at. */
export const screenshotPath = (name: string) => {
  const dir = path.resolve(__dirname, '..', 'e2e', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
};

/**
 * A screenshot once accordions, menus and modals have finished animating open (a shot taken
 * mid-animation shows half-transparent screens), saved under `name` in the screenshots folder.
 * An animation cancelled meanwhile (its element re-rendered or removed) rejects `finished` with
 * an AbortError: it is over all the same.
 */
export const snapshot = async (page: Page, name: string) => {
  await page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
  );
  await page.screenshot({ path: screenshotPath(name) });
};

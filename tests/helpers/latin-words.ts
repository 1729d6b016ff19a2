import type { Page } from 'playwright-core';

/**
 * Latin words allowed on a Chinese screen: the brand, key names in a Chinese sentence, format keys
 * shown beside their names (cn-2021), ID (written so in Chinese interfaces too: 文档ID), the test
 * account's own name, the names of the published files' formats (HTML, PDF, Word, CSV), and
 * labels Strapi 5.54 and its
 * toaster hard-code without a message id (the burger button "Menu", the toaster region
 * "Notifications alt+T", the status badge's aria-label).
 */
const ALLOWED = new Set(
  'Strapi Command Ctrl Shift cn gz legacy ID ET Editor Test Menu Notifications alt published draft modified HTML PDF Word CSV'.split(
    ' ',
  ),
);

/**
 * The Latin words a reader or a screen reader meets on the page — visible text and the
 * aria-label, title and placeholder attributes — beyond the allowed ones. E-mail addresses and
 * URLs (content) are left out.
 */
export async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[aria-hidden=true],style,script,noscript'))
        found.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        found.push(element.getAttribute(name) ?? '');
    return found;
  });
  const words = texts
    .map((text) => text.replace(/\S+@\S+|https?:\/\/\S+/g, ''))
    .flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((word) => !ALLOWED.has(word));
  return [...new Set(words)];
}

import { createHash } from 'node:crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { renderReportPage } from '../../../src/plugins/annual-report/server/src/output/html';
import {
  printFontCss,
  type PrintFontFace,
} from '../../../src/plugins/annual-report/server/src/output/print-font-css';
import { loadPrintFonts } from '../../../src/plugins/annual-report/server/src/output/print-fonts';
import { pluginConfigSchema } from '../../../src/plugins/annual-report/server/src/config';
import { demoDocument } from '../../helpers/demo-documents';
import { elements, parseHtml, text } from '../../helpers/html-dom';

/** The fonts the PDF is printed with: the page's @font-face rules, its policy, a site's own files. */

const face = (overrides: Partial<PrintFontFace>): PrintFontFace => ({
  role: 'body',
  weight: 400,
  style: 'normal',
  url: 'fonts/0.woff2',
  format: 'woff2',
  ...overrides,
});

describe('printFontCss', () => {
  const css = printFontCss([
    face({}),
    face({ url: 'fonts/1.woff2', unicodeRange: 'U+0100-02BA' }),
    face({ role: 'heading', weight: 700, url: 'fonts/2.ttf', format: 'truetype' }),
  ]);

  it('declares each file under its role’s family, with its weight, format and range', () => {
    expect(css.match(/@font-face/g)).toHaveLength(3);
    expect(css).toContain("src: url('fonts/2.ttf') format('truetype');");
    expect(css).toContain('unicode-range: U+0100-02BA;');
    expect(css).toMatch(
      /font-family: 'AR Print Heading';\s+font-style: normal;\s+font-weight: 700;/,
    );
  });

  it('puts the print families first; the title takes the body’s when it has none', () => {
    expect(css).toMatch(/\.ar-report \{ font-family: 'AR Print Body', 'Times New Roman'/);
    expect(css).toMatch(/\.ar-title \{ font-family: 'AR Print Body', 'FZXiaoBiaoSong-B05S'/);
    expect(css).toMatch(/\.ar-section-heading \{ font-family: 'AR Print Heading', SimHei/);
    expect(css).toMatch(/@bottom-center \{ font-family: 'AR Print Body'/);
  });

  it('is empty without faces, so the page keeps its system fonts', () => {
    expect(printFontCss([])).toBe('');
  });
});

describe('the print page', () => {
  const css = printFontCss([face({})]);
  const page = renderReportPage(demoDocument('cn-2021'), { fonts: { css, source: "'self'" } });

  it('lets fonts load from its own origin only, and allows its stylesheet by hash', () => {
    const style = text(elements(parseHtml(page.html), 'style')[0]);
    expect(style.endsWith(css)).toBe(true);
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(page.contentSecurityPolicy).toContain(`style-src 'sha256-${hash}'`);
    expect(page.contentSecurityPolicy).toContain("font-src 'self'");
  });

  it('the published page loads no font at all', () => {
    expect(renderReportPage(demoDocument('cn-2021')).contentSecurityPolicy).not.toContain(
      'font-src',
    );
  });
});

describe('loadPrintFonts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-fonts-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fonts = (config: unknown) => pluginConfigSchema.parse({ pdf: { fonts: config } }).pdf.fonts;

  it('takes a site’s file for the role it names, relative to the app', () => {
    fs.writeFileSync(path.join(dir, 'fangsong.ttf'), 'not really a font');
    const loaded = loadPrintFonts(fonts({ body: [{ file: 'fangsong.ttf' }] }), dir);
    const body = loaded.filter((loadedFace) => loadedFace.role === 'body');
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ format: 'truetype', contentType: 'font/ttf', weight: 400 });
    expect(body[0].body.toString()).toBe('not really a font');
  });

  it('refuses, naming the setting, a file that is not there', () => {
    expect(() => loadPrintFonts(fonts({ heading: [{ file: 'nowhere.woff2' }] }), dir)).toThrow(
      /pdf\.fonts\.heading\[0\]\.file: no file at .*nowhere\.woff2/,
    );
  });

  it('the config refuses a range that is not a unicode-range', () => {
    expect(() =>
      fonts({ body: [{ file: 'a.ttf', unicodeRange: 'U+0000; } body { color: red' }] }),
    ).toThrow();
  });
});

import { createHash } from 'node:crypto';
import { cloneDeep } from 'lodash';
import type { ReportDocument } from '../../../src/plugins/annual-report/shared/contracts/document';
import { renderReportPage } from '../../../src/plugins/annual-report/server/src/output/html';
import { demoDocument, demoDocuments } from '../../helpers/demo-documents';
import {
  allElements,
  byId,
  cells,
  elements,
  hasClass,
  parseHtml,
  text,
  type HtmlNode,
} from '../../helpers/html-dom';

/** The published page: a complete, script-free HTML document with its own policy. */

const metaContent = (root: HtmlNode, name: string) =>
  elements(root, 'meta').find((meta) => meta.attribs.name === name)?.attribs.content;

describe.each(demoDocuments)('$name as a page', ({ document, expected }) => {
  const { html } = renderReportPage(document);
  const root = parseHtml(html);

  it('is a complete zh-CN document named after the report', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(elements(root, 'meta')[0].attribs.charset).toBe('utf-8');
    expect(metaContent(root, 'viewport')).toContain('width=device-width');
    expect(text(elements(root, 'title')[0])).toBe(document.title);
    expect(metaContent(root, 'description')).toBe(
      `${document.agency!.name} · ${document.year}年 · ${document.formatName}`,
    );
    expect(metaContent(root, 'author')).toBe(document.agency!.name);
    expect(metaContent(root, 'ContentSource')).toBe(document.agency!.name);
    expect(metaContent(root, 'ArticleTitle')).toBe(document.title);
    expect(metaContent(root, 'robots')).toBeUndefined();
  });

  it('prints the source headings in order and every table figure in printed order', () => {
    expect(elements(root, 'h2').map(text)).toEqual(expected.sections);
    for (const table of document.tables.filter((candidate) => !candidate.proseOnly)) {
      const printed = elements(byId(root, `ar-table-${table.key}`)!, 'td').map(text);
      const rows = expected.tables[table.key];
      const figures = table.rows
        .filter((row) => !row.heading)
        .flatMap((row) => rows[row.key].map((value) => (value === null ? '' : String(value))));
      expect([table.key, printed]).toEqual([table.key, figures]);
    }
  });
});

describe('page options and metadata', () => {
  const base = demoDocument('cn-2021');

  it('shows a preview as such and keeps it out of search engines', () => {
    const root = parseHtml(renderReportPage(base, { preview: true }).html);
    const banner = allElements(root).find((element) => hasClass(element, 'ar-preview-banner'));
    // In Chinese only, as every word an office sees.
    expect(text(banner!).trim()).toBe('预览 · 未发布');
    expect(metaContent(root, 'robots')).toBe('noindex, nofollow');
    const published = parseHtml(renderReportPage(base).html);
    expect(allElements(published).some((element) => hasClass(element, 'ar-preview-banner'))).toBe(
      false,
    );
  });

  it('names the canonical URL and the date of publication when they are known', () => {
    const root = parseHtml(
      renderReportPage(
        { ...base, issuedOn: '2025-01-20' },
        { canonicalUrl: 'https://www.huaian.gov.cn/reports/2024' },
      ).html,
    );
    const canonical = elements(root, 'link').find((link) => link.attribs.rel === 'canonical');
    expect(canonical!.attribs.href).toBe('https://www.huaian.gov.cn/reports/2024');
    expect(metaContent(root, 'date')).toBe('2025-01-20');
    expect(metaContent(root, 'PubDate')).toBe('2025-01-20');
    expect(text(elements(root, 'footer')[0])).toContain('2025年1月20日');
    const undated = parseHtml(renderReportPage({ ...base, issuedOn: null }).html);
    expect(metaContent(undated, 'date')).toBeUndefined();
    expect(elements(undated, 'link')).toHaveLength(0);
  });
});

describe('hostile content', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '<img src=x onerror=alert(1)>';
  const document: ReportDocument = cloneDeep(demoDocument('cn-2021'));
  document.title = `${SCRIPT}年度报告`;
  document.agency!.name = `"><script>alert(1)</script>`;
  document.sections[0].body = [
    { type: 'paragraph', children: [{ type: 'text', text: IMG }] },
    {
      type: 'paragraph',
      children: [
        { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: '点此' }] },
        { type: 'link', url: ' JAVASCRIPT:alert(1)', children: [{ type: 'text', text: '再点' }] },
        { type: 'text', text: SCRIPT },
      ],
    },
  ];
  document.tables.find((table) => table.key === 'applications')!.note = SCRIPT;
  document.tables.find((table) => table.key === 'applications')!.title = IMG;
  const { html, contentSecurityPolicy } = renderReportPage(document, {
    preview: true,
    canonicalUrl: `https://x.cn/"><script>alert(1)</script>`,
  });
  const root = parseHtml(html);
  const every = allElements(root);

  it('produces no script element, no event handler attribute and no javascript: URL', () => {
    expect(every.filter((element) => element.name === 'script')).toEqual([]);
    expect(every.filter((element) => element.name === 'img')).toEqual([]);
    const handlers = every.flatMap((element) =>
      Object.keys(element.attribs).filter((name) => name.toLowerCase().startsWith('on')),
    );
    expect(handlers).toEqual([]);
    const urls = every.flatMap((element) => [element.attribs.href, element.attribs.src]);
    expect(
      urls.filter((url) => url !== undefined && /script:/i.test(url.replace(/[\s\0-\x1f]/g, ''))),
    ).toEqual([]);
  });

  it('prints the hostile strings as the text they are', () => {
    expect(text(elements(root, 'title')[0])).toBe(document.title);
    expect(text(elements(root, 'h1')[0])).toBe(document.title);
    expect(metaContent(root, 'author')).toBe(document.agency!.name);
    const overview = text(byId(root, 'ar-section-overview')!);
    expect(overview).toContain(IMG);
    expect(overview).toContain('点此再点' + SCRIPT);
    const applications = byId(root, 'ar-table-applications')!;
    expect(text(elements(applications, 'caption')[0])).toContain(IMG);
    expect(text(applications)).toContain(SCRIPT);
    expect(elements(root, 'a')).toEqual([]);
  });

  it('allows its one stylesheet by hash and nothing inline', () => {
    const styles = every.filter((element) => element.name === 'style');
    expect(styles).toHaveLength(1);
    expect(every.filter((element) => element.attribs.style !== undefined)).toEqual([]);
    const hash = createHash('sha256').update(text(styles[0]), 'utf8').digest('base64');
    const directives = Object.fromEntries(
      contentSecurityPolicy.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['style-src']).toEqual([`'sha256-${hash}'`]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toBeUndefined();
    expect(directives['frame-ancestors']).toEqual(["'self'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });
});

import { createHash } from 'node:crypto';
import { escape } from 'lodash';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportDocument } from '../../../shared/contracts/document';
import { ReportView } from '../../../shared/layout/ReportView';
import { pageCss, reportCss } from '../../../shared/layout/report-css';

/**
 * The report as a complete HTML page: what the portal publishes, what the preview URL shows and
 * what Chromium prints to PDF. The page carries no script at all; its one stylesheet is allowed by
 * hash, so the policy needs no 'unsafe-inline' and content can neither run script nor add styles.
 */

export interface RenderPageOptions {
  /** A draft shown to editors: a banner says so and search engines are told to keep out. */
  preview?: boolean;
  canonicalUrl?: string;
  /**
   * The page Chromium prints: @font-face rules for the print's fonts (print-font-css.ts), put
   * after the report's stylesheet, and the origin the policy lets fonts come from.
   */
  fonts?: { css: string; source: string };
}

export interface RenderedPage {
  html: string;
  /** The Content-Security-Policy header to send with the page. */
  contentSecurityPolicy: string;
}

const STYLE = reportCss + pageCss;

const styleHash = (style: string) => createHash('sha256').update(style, 'utf8').digest('base64');

const policy = (style: string, fontSource?: string) =>
  [
    "default-src 'none'",
    `style-src 'sha256-${styleHash(style)}'`,
    "img-src 'self' data: https:",
    ...(fontSource ? [`font-src ${fontSource}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = policy(STYLE);

function meta(name: string, content: string | null | undefined): string {
  return content ? `<meta name="${name}" content="${escape(content)}">` : '';
}

/** 淮安市人民政府 · 2024年 · 2021 年国家格式: what a search result or a portal list shows. */
function description(document: ReportDocument): string {
  return [document.agency?.name, `${document.year}年`, document.formatName]
    .filter(Boolean)
    .join(' · ');
}

export function renderReportPage(
  document: ReportDocument,
  options: RenderPageOptions = {},
): RenderedPage {
  const agency = document.agency?.name;
  const style = options.fonts ? STYLE + options.fonts.css : STYLE;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(document.title)}</title>`,
    meta('description', description(document)),
    meta('author', agency),
    meta('date', document.issuedOn),
    // The page metadata Chinese government portals index (政府网站发展指引, 国办发〔2017〕47号).
    meta('ArticleTitle', document.title),
    meta('ContentSource', agency),
    meta('PubDate', document.issuedOn),
    options.preview ? meta('robots', 'noindex, nofollow') : '',
    options.canonicalUrl ? `<link rel="canonical" href="${escape(options.canonicalUrl)}">` : '',
    `<style>${style}</style>`,
  ].filter(Boolean);

  const banner = options.preview
    ? '<div class="ar-preview-banner" role="note">预览 · 未发布</div>'
    : '';
  const body = renderToStaticMarkup(React.createElement(ReportView, { document }));

  return {
    html: `<!doctype html>\n<html lang="zh-CN">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${banner}${body}\n</body>\n</html>\n`,
    contentSecurityPolicy: options.fonts
      ? policy(style, options.fonts.source)
      : CONTENT_SECURITY_POLICY,
  };
}

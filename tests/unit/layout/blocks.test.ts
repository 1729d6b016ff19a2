import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Blocks } from '../../../src/plugins/annual-report/shared/layout/Blocks';
import { blocksContent } from '../../../src/plugins/annual-report/shared/layout/blocks-shape';
import {
  safeImageSrc,
  safeLinkHref,
} from '../../../src/plugins/annual-report/shared/layout/safe-url';
import { allElements, elements, parseHtml, text } from '../../helpers/html-dom';

/** Rich text from the store drawn with @strapi/blocks-react-renderer under react-dom/server. */

const render = (content: unknown) =>
  renderToStaticMarkup(React.createElement(Blocks, { content, className: 'body' }));

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const link = (url: unknown, label = '链接') => ({
  type: 'link',
  url,
  children: [{ type: 'text', text: label }],
});

describe('blocksContent: the shape the renderer may be given', () => {
  it.each([null, undefined, 'text', 12, {}, { type: 'paragraph', children: [] }])(
    'reads %p as no blocks',
    (input) => {
      expect(blocksContent(input)).toEqual([]);
    },
  );

  it('keeps known blocks and drops what the renderer cannot draw', () => {
    const content = blocksContent([
      null,
      'loose text',
      { type: 'table', children: [] },
      { type: 'constructor', children: [] },
      { type: 'paragraph' },
      { type: 'heading', level: 99, children: [{ type: 'text', text: '标题' }] },
      { type: 'list', format: 'numbered', children: 'not an array' },
    ]);
    expect(content).toEqual([
      { type: 'paragraph', children: [] },
      { type: 'heading', level: 6, children: [{ type: 'text', text: '标题' }] },
      { type: 'list', format: 'unordered', children: [] },
    ]);
  });

  it('rebuilds text with the modifiers the renderer knows, set to true, and nothing else', () => {
    const [block] = blocksContent([
      paragraph(
        { type: 'text', text: 'a', bold: true, italic: 'yes', constructor: true, onclick: 'x' },
        { type: 'text' },
        { type: 'text', text: 5 },
        { type: 'mention', children: [{ type: 'text', text: 'b' }] },
      ),
    ]);
    expect(block).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'a', bold: true }],
    });
  });

  it('stops at a few levels of nested lists instead of recursing into any depth', () => {
    let list: Record<string, unknown> = { type: 'list', children: [] };
    for (let depth = 0; depth < 10_000; depth += 1) list = { type: 'list', children: [list] };
    let depth = 0;
    for (let node = blocksContent([list])[0] as { children: unknown[] }; node; depth += 1)
      node = node.children[0] as { children: unknown[] };
    expect(depth).toBe(6);
  });
});

describe('safe URLs', () => {
  it.each([
    ['https://www.gov.cn/a?b=1', 'https://www.gov.cn/a?b=1'],
    ['http://www.huaian.gov.cn', 'http://www.huaian.gov.cn/'],
    ['mailto:hazwgkc@163.com', 'mailto:hazwgkc@163.com'],
    ['  https://x.cn/  ', 'https://x.cn/'],
  ])('links %p', (url, href) => {
    expect(safeLinkHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative/path',
    '//evil.example/x',
    'www.gov.cn',
    '',
    null,
    42,
  ])('does not link %p', (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });

  it('draws images from the web or the site itself only', () => {
    expect(safeImageSrc('https://x.cn/a.png')).toBe('https://x.cn/a.png');
    expect(safeImageSrc('/uploads/a.png')).toBe('/uploads/a.png');
    expect(safeImageSrc('//evil.example/a.png')).toBeNull();
    expect(safeImageSrc('/\\evil.example/a.png')).toBeNull();
    expect(safeImageSrc('javascript:alert(1)')).toBeNull();
    expect(safeImageSrc('data:image/svg+xml,<svg onload=alert(1)>')).toBeNull();
  });
});

describe('Blocks under react-dom/server', () => {
  it('draws paragraphs, headings below the section level, lists and modifiers', () => {
    const root = parseHtml(
      render([
        paragraph({ type: 'text', text: '正文', bold: true }),
        { type: 'heading', level: 1, children: [{ type: 'text', text: '小标题' }] },
        {
          type: 'list',
          format: 'ordered',
          children: [{ type: 'list-item', children: [{ type: 'text', text: '一项' }] }],
        },
      ]),
    );
    expect(text(elements(root, 'strong')[0])).toBe('正文');
    expect(text(elements(root, 'h3')[0])).toBe('小标题');
    expect(text(elements(root, 'ol')[0])).toBe('一项');
  });

  it('renders nothing, not even its box, for content without blocks', () => {
    expect(render(null)).toBe('');
    expect(render([{ type: 'unknown' }])).toBe('');
  });

  it('links web and mail addresses with rel="noopener noreferrer" and leaves other URLs as text', () => {
    const root = parseHtml(
      render([
        paragraph(
          link('https://www.gov.cn', '网站'),
          link('mailto:a@b.cn', '邮箱'),
          link('javascript:alert(1)', '恶意'),
          link('java\tscript:alert(1)', '恶意二'),
          link('/local', '本地'),
          link(undefined, '空'),
        ),
      ]),
    );
    const anchors = elements(root, 'a');
    expect(anchors.map((a) => [text(a), a.attribs.href, a.attribs.rel])).toEqual([
      ['网站', 'https://www.gov.cn/', 'noopener noreferrer'],
      ['邮箱', 'mailto:a@b.cn', 'noopener noreferrer'],
    ]);
    expect(text(root)).toBe('网站邮箱恶意恶意二本地空');
  });

  it('prints markup in text as text', () => {
    const html = render([
      paragraph({ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' }),
    ]);
    const root = parseHtml(html);
    expect(allElements(root).map((element) => element.name)).toEqual(['div', 'p']);
    expect(text(root)).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>');
  });

  it('draws an image only from a safe source, else its alternative text', () => {
    const image = (url: string) => ({
      type: 'image',
      image: { url, alternativeText: '图表' },
      children: [{ type: 'text', text: '' }],
    });
    const root = parseHtml(render([image('https://x.cn/a.png'), image('javascript:alert(1)')]));
    expect(elements(root, 'img').map((img) => [img.attribs.src, img.attribs.alt])).toEqual([
      ['https://x.cn/a.png', '图表'],
    ]);
    expect(text(root)).toBe('图表');
  });
});

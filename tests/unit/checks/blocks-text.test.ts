import { blocksToParagraphs } from '../../../src/plugins/annual-report/shared/checks/blocks-text';

describe('plain text of Strapi blocks', () => {
  it('gives one string per paragraph, joining text and link children', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: '一、总体情况' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '详见', bold: true },
          {
            type: 'link',
            url: 'https://example.org',
            children: [{ type: 'text', text: '政府网站' }],
          },
          { type: 'text', text: '。' },
        ],
      },
    ];
    expect(blocksToParagraphs(blocks)).toEqual(['一、总体情况', '详见政府网站。']);
  });

  it('gives one string per list item', () => {
    const list = {
      type: 'list',
      format: 'ordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: '一是' }] },
        { type: 'list-item', children: [{ type: 'text', text: '二是' }] },
      ],
    };
    expect(blocksToParagraphs([list])).toEqual(['一是', '二是']);
  });

  it.each([null, undefined, 'text', 42, {}, [null, 7, { type: 'paragraph' }]])(
    'reads malformed content %p as no text instead of throwing',
    (blocks) => {
      expect(blocksToParagraphs(blocks).join('')).toBe('');
    },
  );
});

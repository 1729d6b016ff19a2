import type { BlocksContent } from '@strapi/blocks-react-renderer';

type RootNode = BlocksContent[number];

/**
 * Blocks as the renderer may safely receive them. Stored content is JSON that editors, imports and
 * API clients wrote; the renderer trusts its shape (it calls `children.map` and `text.split`, and
 * looks components up by type and modifier name, so `constructor` would find Object). Rebuilding the
 * tree from the fields the renderer knows keeps odd input from throwing and unknown fields out.
 */

type Json = Record<string, unknown>;
type TextNode = { type: 'text'; text: string } & Partial<Record<Modifier, true>>;
type LinkNode = { type: 'link'; url: string; children: TextNode[] };
type InlineNode = TextNode | LinkNode;
type ListItemNode = { type: 'list-item'; children: InlineNode[] };
type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: ListChild[] };
type ListChild = ListItemNode | ListNode;

const MODIFIERS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** Lists nest a few levels in practice; deeper input is dropped rather than recursed into. */
const MAX_LIST_DEPTH = 6;

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function textNode(node: unknown): TextNode | null {
  if (!isJson(node) || node.type !== 'text' || typeof node.text !== 'string') return null;
  const text: TextNode = { type: 'text', text: node.text };
  for (const modifier of MODIFIERS) if (node[modifier] === true) text[modifier] = true;
  return text;
}

function textNodes(children: unknown): TextNode[] {
  return Array.isArray(children) ? children.map(textNode).filter((node) => node !== null) : [];
}

function inlineNodes(children: unknown): InlineNode[] {
  if (!Array.isArray(children)) return [];
  return children.flatMap((child): InlineNode[] => {
    const text = textNode(child);
    if (text) return [text];
    if (isJson(child) && child.type === 'link')
      return [
        {
          type: 'link',
          url: typeof child.url === 'string' ? child.url : '',
          children: textNodes(child.children),
        },
      ];
    return [];
  });
}

function listNode(node: Json, depth: number): ListNode | null {
  if (depth > MAX_LIST_DEPTH) return null;
  const children = (Array.isArray(node.children) ? node.children : []).flatMap(
    (child): ListChild[] => {
      if (!isJson(child)) return [];
      if (child.type === 'list-item')
        return [{ type: 'list-item', children: inlineNodes(child.children) }];
      if (child.type === 'list') {
        const nested = listNode(child, depth + 1);
        return nested ? [nested] : [];
      }
      return [];
    },
  );
  return { type: 'list', format: node.format === 'ordered' ? 'ordered' : 'unordered', children };
}

function headingLevel(level: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const number = typeof level === 'number' && Number.isInteger(level) ? level : 1;
  return Math.min(6, Math.max(1, number)) as 1 | 2 | 3 | 4 | 5 | 6;
}

function rootNode(node: unknown): RootNode | null {
  if (!isJson(node)) return null;
  switch (node.type) {
    case 'paragraph':
    case 'quote':
    case 'code':
      return { type: node.type, children: inlineNodes(node.children) };
    case 'heading':
      return {
        type: 'heading',
        level: headingLevel(node.level),
        children: inlineNodes(node.children),
      };
    case 'list':
      return listNode(node, 1) as RootNode | null;
    case 'image': {
      const image = isJson(node.image) ? node.image : null;
      if (!image) return null;
      const alternativeText =
        typeof image.alternativeText === 'string' ? image.alternativeText : null;
      // Only what the image component draws is kept; the renderer's type lists every media field.
      return {
        type: 'image',
        image: { url: typeof image.url === 'string' ? image.url : '', alternativeText },
        children: [{ type: 'text', text: '' }],
      } as unknown as RootNode;
    }
    default:
      return null;
  }
}

/** The blocks the renderer may draw: [] for anything that is not an array of known blocks. */
export function blocksContent(input: unknown): BlocksContent {
  return Array.isArray(input) ? input.map(rootNode).filter((node) => node !== null) : [];
}

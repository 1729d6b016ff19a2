import { isRecord } from '../validation/plain-data';
/**
 * Plain text of Strapi "blocks" rich text. Values come from forms and imports unchecked, so
 * anything that is not the expected shape contributes no text instead of throwing.
 */

function inlineText(node: unknown): string {
  if (!isRecord(node)) return '';
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.children)) return '';
  let text = '';
  for (const child of node.children) text += inlineText(child);
  return text;
}

/** One string per paragraph-level block; a list gives one per item. */
export function blocksToParagraphs(blocks: unknown): string[] {
  const paragraphs: string[] = [];
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    if (node.type === 'list' && Array.isArray(node.children)) {
      for (const item of node.children) visit(item);
      return;
    }
    paragraphs.push(inlineText(node));
  };
  if (Array.isArray(blocks)) for (const block of blocks) visit(block);
  return paragraphs;
}

import { type Blocks } from '../plugins/annual-report/shared';

/** One Strapi `paragraph` block per paragraph of source text. */
export function paragraphs(texts: string[]): Blocks {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

import { safeLinkHref } from '../../../shared/layout/safe-url';
import { blocksContent } from '../../../shared/layout/blocks-shape';
import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, type TextRun } from 'docx';
import { BODY_LINE, FONT, runs, SIZE, type RunStyle } from './docx-style';

/**
 * Strapi "blocks" rich text as Word paragraphs in the report's body style. Values come from forms
 * and imports unchecked, so a node of an unexpected shape is skipped rather than thrown on.
 */

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

function children(node: Node): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

/** Only web and mail addresses are printed: other schemes (javascript:, file:) mean nothing on paper. */

function plainText(node: unknown): string {
  if (!isNode(node)) return '';
  if (typeof node.text === 'string') return node.text;
  return children(node).map(plainText).join('');
}

function inlineRuns(nodes: unknown[], style: RunStyle): TextRun[] {
  const out: TextRun[] = [];
  for (const node of nodes) {
    if (!isNode(node)) continue;
    if (typeof node.text === 'string') {
      out.push(
        ...runs(node.text, {
          ...style,
          bold: style.bold || node.bold === true,
          italics: node.italic === true,
          underline: node.underline === true,
          strike: node.strikethrough === true,
        }),
      );
      continue;
    }
    out.push(...inlineRuns(children(node), style));
    if (node.type === 'link') {
      const url = safeLinkHref(node.url);
      const text = plainText(node).trim();
      if (url && text !== url && `mailto:${text}` !== url) out.push(...runs(`（${url}）`, style));
    }
  }
  return out;
}

const BODY: RunStyle = { font: FONT.body, size: SIZE.body };
const EM = SIZE.body * 20;
const spacing = { line: BODY_LINE * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function bodyParagraph(
  textRuns: TextRun[],
  indent: { left?: number; firstLine?: number; hanging?: number },
) {
  return new Paragraph({ children: textRuns, alignment: AlignmentType.JUSTIFIED, spacing, indent });
}

function listParagraphs(list: Node, depth: number): Paragraph[] {
  const ordered = list.format === 'ordered';
  const out: Paragraph[] = [];
  let number = 0;
  for (const item of children(list)) {
    if (!isNode(item)) continue;
    if (item.type === 'list') {
      out.push(...listParagraphs(item, depth + 1));
      continue;
    }
    number += 1;
    const marker = ordered ? `${number}.` : '•';
    out.push(
      bodyParagraph([...runs(`${marker} `, BODY), ...inlineRuns(children(item), BODY)], {
        left: (depth + 2) * EM,
        hanging: EM,
      }),
    );
  }
  return out;
}

function blockParagraphs(block: unknown): Paragraph[] {
  if (!isNode(block)) return [];
  switch (block.type) {
    case 'list':
      return listParagraphs(block, 0);
    case 'heading': {
      const level = typeof block.level === 'number' ? block.level : 1;
      const style: RunStyle =
        level <= 2 ? { font: FONT.subheading, size: SIZE.body } : { ...BODY, bold: true };
      return [
        new Paragraph({
          // Under the section headings (标题 1) in the navigation pane and a table of contents.
          heading: level <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: inlineRuns(children(block), style),
          spacing,
          indent: { firstLine: 2 * EM },
          keepNext: true,
        }),
      ];
    }
    case 'quote':
      return [
        bodyParagraph(inlineRuns(children(block), BODY), { left: 2 * EM, firstLine: 2 * EM }),
      ];
    case 'image':
      return [];
    default:
      return [bodyParagraph(inlineRuns(children(block), BODY), { firstLine: 2 * EM })];
  }
}

/** Word paragraphs of stored blocks, rebuilt first to the shape the HTML renderer gets (bounded depth). */
export function blocksToDocx(blocks: unknown): Paragraph[] {
  return blocksContent(blocks).flatMap(blockParagraphs);
}

import cloneDeep from 'lodash/cloneDeep';
import type { Block, Blocks } from '../contracts/report';
import { blocksToParagraphs } from '../checks/blocks-text';

/**
 * What of last year's preface carries over to next year's draft: the sentences that say on what
 * basis the report is compiled, what it is made of, the period its figures cover, where it can be
 * read and whom to contact — with their years advanced by one. Sentences about last year's work
 * are left out: they are this year's to write, and a copy would rightly be flagged (C1).
 */
const CARRIED =
  /条例|编制|本报告|全文|组成|统计期|所列数据|统计数据|电子版|下载|查阅|联系|电话|地址|邮编|邮政编码|邮箱|网址/;

/** 2024年 → 2025年 for the report's year and the year after it (the publication year). */
export function advanceYears(text: string, previousYear: number): string {
  return text.replace(/(?<!\d)(?:19|20)\d{2}(?=\s*年)/g, (found) => {
    const year = Number(found);
    return year === previousYear || year === previousYear + 1 ? String(year + 1) : found;
  });
}

/** Sentences with their closing punctuation: 。！？ and ; end one. */
const sentences = (text: string): string[] => text.match(/[^。！？；;]+[。！？；;]?/g) ?? [];

const paragraph = (text: string): Block => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
});

/** Every text node of a block with its years advanced; the block's structure (links…) is kept. */
function advanceBlock<T>(node: T, previousYear: number): T {
  const copy = cloneDeep(node) as { text?: unknown; children?: unknown[] };
  if (typeof copy.text === 'string') copy.text = advanceYears(copy.text, previousYear);
  if (Array.isArray(copy.children))
    copy.children = copy.children.map((child) => advanceBlock(child, previousYear));
  return copy as T;
}

export function carriedPreface(preface: Blocks | null | undefined, previousYear: number): Blocks {
  if (!Array.isArray(preface)) return [];
  const carried: Blocks = [];
  for (const block of preface) {
    const [text = ''] = blocksToParagraphs([block]);
    const all = sentences(text);
    const kept = all.filter((sentence) => CARRIED.test(sentence));
    if (kept.length === 0) continue;
    // A paragraph kept whole keeps its structure; one with sentences left out becomes plain text.
    carried.push(
      kept.length === all.length && block.type !== 'list'
        ? advanceBlock(block, previousYear)
        : paragraph(advanceYears(kept.join('').trim(), previousYear)),
    );
  }
  return carried;
}

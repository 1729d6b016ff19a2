import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * Reading rendered HTML back in tests: htmlparser2 (already in the tree through Strapi) parses it,
 * these helpers find elements and read a table as the grid a reader sees, spans expanded.
 */

export type HtmlNode = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export const parseHtml = (html: string): HtmlNode => parseDocument(html);

export function elements(root: HtmlNode | HtmlElement, tag: string): HtmlElement[] {
  return DomUtils.getElementsByTagName(tag, root, true);
}

export function allElements(root: HtmlNode | HtmlElement): HtmlElement[] {
  return DomUtils.findAll(() => true, root.children);
}

export function byId(root: HtmlNode, id: string): HtmlElement | undefined {
  return allElements(root).find((element) => element.attribs.id === id);
}

export function text(node: HtmlElement | HtmlNode): string {
  return DomUtils.textContent(node);
}

export const hasClass = (element: HtmlElement, name: string): boolean =>
  (element.attribs.class ?? '').split(/\s+/).includes(name);

/** The cells of a row (th and td), in document order. */
export function cells(row: HtmlElement): HtmlElement[] {
  return row.children.filter(
    (child): child is HtmlElement =>
      'name' in child && (child.name === 'td' || child.name === 'th'),
  );
}

/**
 * The rows of a table part (thead, tbody) as a grid: each printed cell repeated over the slots its
 * colspan and rowspan cover. A row whose slots do not line up shows as a ragged row.
 */
export function grid(section: HtmlElement): HtmlElement[][] {
  const rows = elements(section, 'tr');
  const slots: HtmlElement[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of cells(row)) {
      while (slots[r][c]) c += 1;
      const colSpan = Number(cell.attribs.colspan ?? 1);
      const rowSpan = Number(cell.attribs.rowspan ?? 1);
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr += 1)
        for (let dc = 0; dc < colSpan; dc += 1) slots[r + dr][c + dc] = cell;
      c += colSpan;
    }
  });
  return slots;
}

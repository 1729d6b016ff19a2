import { unzipSync, strFromU8 } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/**
 * Reading a .docx back in tests: the parts of the zip, and WordprocessingML queries over
 * word/document.xml (tables, rows, cells with their grid spans and vertical merges).
 */

export function docxParts(buffer: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buffer));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * Throws unless the text is well-formed XML 1.0: balanced tags, quoted attributes without '<',
 * only the predefined and numeric entities, no characters XML cannot hold. (htmlparser2, which
 * the queries below use, accepts broken markup silently, so it cannot tell.)
 */
export function assertWellFormed(xml: string): void {
  const invalidChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(xml);
  if (invalidChar) throw new Error(`character U+${invalidChar[0].charCodeAt(0).toString(16)}`);
  const badEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (badEntity)
    throw new Error(
      `bare & at ${badEntity.index}: ${xml.slice(badEntity.index, badEntity.index + 20)}`,
    );
  const name = '[A-Za-z_][\\w.:-]*';
  const attribute = `\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*')`;
  const token = new RegExp(
    `<\\?[\\s\\S]*?\\?>|<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<(/?)(${name})((?:${attribute})*)\\s*(/?)>|[^<]+`,
    'y',
  );
  const open: string[] = [];
  let roots = 0;
  let index = 0;
  while (index < xml.length) {
    token.lastIndex = index;
    const match = token.exec(xml);
    if (!match) throw new Error(`malformed markup at ${index}: ${xml.slice(index, index + 40)}`);
    const [whole, closing, tag, attributes, selfClosing] = match;
    if (tag) {
      if (closing) {
        if (attributes || selfClosing) throw new Error(`malformed end tag ${whole}`);
        const expected = open.pop();
        if (expected !== tag) throw new Error(`</${tag}> closes <${expected}>`);
      } else {
        const names = [...attributes.matchAll(new RegExp(`(${name})\\s*=`, 'g'))].map((m) => m[1]);
        if (new Set(names).size !== names.length) throw new Error(`repeated attribute in ${whole}`);
        if (open.length === 0) roots += 1;
        if (!selfClosing) open.push(tag);
      }
    } else if (open.length === 0 && !whole.startsWith('<') && whole.trim() !== '') {
      throw new Error(`text outside the root element: ${whole.slice(0, 40)}`);
    }
    index += whole.length;
  }
  if (open.length > 0) throw new Error(`unclosed <${open[open.length - 1]}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

export function parseXml(xml: string) {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true });
}

export function elements(root: Parameters<typeof DomUtils.getElementsByTagName>[1], tag: string) {
  return DomUtils.getElementsByTagName(tag, root, true) as Element[];
}

export function childElements(element: Element, tag: string): Element[] {
  return element.children.filter(
    (child): child is Element => DomUtils.isTag(child) && child.name === tag,
  );
}

/** All the text inside an element, as for the document properties' elements. */
export function contentOf(element: Element): string {
  return DomUtils.textContent(element);
}

/** The text of a paragraph or cell as Word shows it: its w:t runs, breaks as newlines. */
export function textOf(element: Element): string {
  let text = '';
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!DomUtils.isTag(child)) continue;
      if (child.name === 'w:t') text += DomUtils.textContent(child);
      else if (child.name === 'w:br') text += '\n';
      else visit(child);
    }
  };
  visit(element);
  return text;
}

export interface GridCell {
  text: string;
  /** First grid column the cell covers. */
  column: number;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
}

export interface GridRow {
  header: boolean;
  cantSplit: boolean;
  cells: GridCell[];
}

/** A WordprocessingML on/off property: present and not switched off by its w:val. */
function isOn(element: Element | undefined): boolean {
  return element !== undefined && !['0', 'false', 'off'].includes(element.attribs['w:val']);
}

function property(element: Element, path: string[]): Element | undefined {
  let current: Element | undefined = element;
  for (const tag of path) current = current && childElements(current, tag)[0];
  return current;
}

/** A w:tbl's rows, each cell placed on the table's grid by counting gridSpan from the left. */
export function tableGrid(table: Element): { columns: number[]; rows: GridRow[] } {
  const columns = elements(property(table, ['w:tblGrid']) ?? table, 'w:gridCol').map((col) =>
    Number(col.attribs['w:w']),
  );
  const rows = childElements(table, 'w:tr').map((tr) => {
    let column = 0;
    const cells = childElements(tr, 'w:tc').map((tc) => {
      const span = property(tc, ['w:tcPr', 'w:gridSpan']);
      const merge = property(tc, ['w:tcPr', 'w:vMerge']);
      const gridSpan = span ? Number(span.attribs['w:val']) : 1;
      const cell: GridCell = {
        text: textOf(tc),
        column,
        gridSpan,
        vMerge: merge ? (merge.attribs['w:val'] === 'restart' ? 'restart' : 'continue') : null,
      };
      column += gridSpan;
      return cell;
    });
    return {
      header: isOn(property(tr, ['w:trPr', 'w:tblHeader'])),
      cantSplit: isOn(property(tr, ['w:trPr', 'w:cantSplit'])),
      cells,
    };
  });
  return { columns, rows };
}

/** The top-level blocks of the body, in order: paragraphs and tables. */
export function bodyBlocks(xml: string): Element[] {
  const body = elements(parseXml(xml), 'w:body')[0];
  return body.children.filter(
    (child): child is Element =>
      DomUtils.isTag(child) && (child.name === 'w:p' || child.name === 'w:tbl'),
  );
}

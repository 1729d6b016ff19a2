import { printedContact } from '../../../shared/layout/printed-contact';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  StringContainer,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { ReportDocument } from '../../../shared/contracts/document';
import { blocksToDocx } from './docx-blocks';
import { BODY_LINE, FONT, PAGE, runs, SIZE, xmlSafe } from './docx-style';
import { headingStyles } from './docx-headings';
import { printedTable } from './docx-table';
import { printedDate } from '../../../shared/layout/print-format';

/**
 * The report as a Word document, laid out as offices print it: title, preface, each section's
 * heading, prose and tables, then the contact paragraph, the agency and the publication date.
 * Draws from the labeled document only, so odd documents (no agency, empty sections, null bodies)
 * print what they have instead of throwing.
 */

type Orientation = 'portrait' | 'landscape';

interface Item {
  node: Paragraph | Table;
  /** A heading: it goes with what follows it, even onto a landscape page. */
  sticky?: boolean;
}

interface Chunk {
  orientation: Orientation;
  items: Item[];
}

const EM = SIZE.body * 20;
const BODY_SPACING = { line: BODY_LINE * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const BODY = { font: FONT.body, size: SIZE.body };

function title(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    children: runs(text, { font: FONT.title, size: SIZE.title, bold: true }),
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 2 * BODY_LINE * 10 },
  });
}

function sectionHeading(number: string, heading: string): Paragraph {
  const text = number ? `${number}、${heading}` : heading;
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: runs(text, { font: FONT.heading, size: SIZE.heading }),
    spacing: BODY_SPACING,
    indent: { firstLine: 2 * EM },
    keepNext: true,
  });
}

function bodyParagraph(text: string, alignment: 'left' | 'right' = 'left', before = 0): Paragraph {
  return new Paragraph({
    children: runs(text, BODY),
    spacing: { ...BODY_SPACING, before },
    ...(alignment === 'right'
      ? { alignment: AlignmentType.RIGHT, indent: { right: 2 * EM } }
      : { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * EM } }),
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.title },
            size: SIZE.footer * 2,
          }),
        ],
      }),
    ],
  });
}

/** Everything the report prints, in order, split where a table needs a landscape page. */
function chunks(document: ReportDocument): Chunk[] {
  const out: Chunk[] = [{ orientation: 'portrait', items: [] }];
  const current = () => out[out.length - 1];
  const push = (...items: Item[]) => current().items.push(...items);
  const start = (orientation: Orientation) => {
    if (current().orientation === orientation) return;
    if (current().items.length === 0) current().orientation = orientation;
    else out.push({ orientation, items: [] });
  };

  if (document.title) push({ node: title(document.title) });
  push(...blocksToDocx(document.preface).map((node) => ({ node })));

  const tables = new Map((document.tables ?? []).map((table) => [table.key, table]));
  for (const section of document.sections ?? []) {
    push({ node: sectionHeading(section.number ?? '', section.heading ?? ''), sticky: true });
    push(...blocksToDocx(section.body).map((node) => ({ node })));
    for (const key of section.tables ?? []) {
      const table = tables.get(key);
      if (!table || table.proseOnly) continue;
      const printed = printedTable(table);
      if (printed.orientation !== current().orientation) {
        // The section's heading moves with its table rather than ending a page alone.
        const items = current().items;
        const heading =
          items.length > 0 && items[items.length - 1].sticky ? items.pop() : undefined;
        start(printed.orientation);
        if (heading) push(heading);
      }
      push(...printed.children.map((node) => ({ node })));
    }
    start('portrait');
  }

  const contact = printedContact(document);
  if (contact) push({ node: bodyParagraph(contact) });
  const agency = document.agency?.name;
  if (agency) push({ node: bodyParagraph(agency, 'right', 2 * BODY_LINE * 20) });
  const date = printedDate(document.issuedOn);
  if (date) push({ node: bodyParagraph(date, 'right', agency ? 0 : 2 * BODY_LINE * 20) });
  return out.filter((chunk, index) => chunk.items.length > 0 || index === 0);
}

function section(chunk: Chunk): ISectionOptions {
  const landscape = chunk.orientation === 'landscape';
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...PAGE.margin, header: 851, footer: 992 },
      },
    },
    footers: { default: footer() },
    children: chunk.items.map((item) => item.node),
  };
}

export async function reportDocx(document: ReportDocument): Promise<Buffer> {
  const agency = xmlSafe(document.agency?.name ?? '');
  const doc = new Document({
    title: xmlSafe(document.title ?? ''),
    ...(agency ? { creator: agency, lastModifiedBy: agency } : {}),
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia: FONT.body },
            size: SIZE.body * 2,
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
        },
        ...headingStyles(),
      },
    },
    sections: chunks(document).map(section),
  });
  doc.CoreProperties.addChildElement(new StringContainer('dc:language', 'zh-CN'));
  return Packer.toBuffer(doc);
}

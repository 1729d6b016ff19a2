import type { ReportDocument } from '../contracts/document';
import { blocksToParagraphs } from '../checks/blocks-text';

/**
 * The contact paragraph to print at the end, or null when the report's own text already tells
 * readers how to reach the agency: most reports give it in the preface (淮安 2024, 海珠 2018), and
 * printing the generated paragraph as well would state it twice. The text "already tells" when it
 * holds the agency's phone, e-mail or address (spaces ignored, as pdftotext adds them).
 */
export function printedContact(document: ReportDocument): string | null {
  if (!document.contact) return null;
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const text = squeeze(
    [document.preface, ...document.sections.map((section) => section.body)]
      .flatMap((blocks) => blocksToParagraphs(blocks))
      .join('\n'),
  );
  const agency = document.agency;
  const details = [agency?.phone, agency?.email, agency?.address]
    .filter((detail): detail is string => typeof detail === 'string')
    .map(squeeze)
    .filter((detail) => detail !== '');
  return details.some((detail) => text.includes(detail)) ? null : document.contact;
}

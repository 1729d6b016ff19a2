import { PDFDocument } from 'pdf-lib';

/**
 * What Chromium cannot write into the PDF it prints: the author (the agency, as the page's
 * meta author says). The title and language are set too, whatever Chromium took from the page,
 * so that an archive reads the same three fields from every file.
 */
export async function withReportMetadata(
  pdf: Uint8Array,
  meta: { title: string; author: string | null },
): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  if (meta.title) document.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) document.setAuthor(meta.author);
  document.setLanguage('zh-CN');
  return Buffer.from(await document.save());
}

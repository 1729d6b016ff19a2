import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument, DomUtils } from 'htmlparser2';
import { PDFDocument, PDFName } from 'pdf-lib';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { docxParts } from '../../helpers/docx-xml';
import { createAgency } from '../../helpers/fixtures';
import { clone } from '../../helpers/report-builder';
import { CHROMIUM } from '../../helpers/browser';
import type { PrintedFigures } from '../../helpers/report-data';
import {
  figuresInTableOrder,
  firstMissingInOrder,
  firstMissingText,
} from '../../helpers/printed-figures';
import { demoReports } from '../../../src/demo';
import { builtInTemplates } from '../../../src/plugins/annual-report/shared/templates/registry';
import type { ReportDocument } from '../../../src/plugins/annual-report/shared/contracts/document';
import haizhuExpected from '../../fixtures/demo/haizhu-2018.expected.json';
import huaianExpected from '../../fixtures/demo/huaian-2024.expected.json';
import { reportInput } from '../../../src/api/report/document-input';

/**
 * The public outputs of a published report (labeled JSON, HTML, CSV, Word, PDF) hold every
 * heading and every figure of the printed report, in order, and never a draft.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
const published: Record<string, string> = {};

const [haizhu, huaian] = demoReports;
const cases = [
  { name: 'haizhu-2018', demo: haizhu, expected: haizhuExpected },
  { name: 'huaian-2024', demo: huaian, expected: huaianExpected },
].map((entry) => ({
  ...entry,
  template: builtInTemplates.find((template) => template.key === entry.demo.report.format)!,
  figures: entry.expected.tables as unknown as PrintedFigures,
}));

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  for (const { name, demo } of cases) {
    const agency = await createAgency(app.strapi, demo.agency);
    published[name] = (
      await app.strapi.documents('api::report.report').create({
        data: reportInput({ ...clone(demo.report), agency: agency.documentId }),
        status: 'published',
      })
    ).documentId;
  }
});

afterAll(async () => {
  await app?.stop();
});

const output = (name: string, kind: string) =>
  request(server).get(`/api/annual-report/reports/${published[name]}/${kind}`);

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe.each(cases)('$name', ({ name, template, figures, expected }) => {
  const headings = expected.sections;
  // The figures printed in tables; prose-only tables (gz-legacy's channels) are printed in the text.
  const printed = { ...template, tables: template.tables.filter((table) => !table.proseOnly) };
  const numbers = figuresInTableOrder(figures, printed);

  it('document: every table cell for cell, with the template labels, in printed order', async () => {
    const { body } = await output(name, 'document').expect(200);
    const document = body.data as ReportDocument;
    expect(document.sections.map((section) => section.number + '、' + section.heading)).toEqual(
      headings,
    );
    for (const table of template.tables) {
      const resolved = document.tables.find((candidate) => candidate.key === table.key)!;
      expect(resolved.columns.map((column) => column.label)).toEqual(
        table.columns.map((column) => column.label),
      );
      expect(resolved.rows.map((row) => row.number + row.label)).toEqual(
        table.rows.map((row) => row.label),
      );
      for (const row of resolved.rows.filter((candidate) => !candidate.heading)) {
        if (figures[table.key]?.[row.key]) expect(row.values).toEqual(figures[table.key][row.key]);
      }
    }
  });

  it('html: a complete page holding every heading and figure in order, with a strict policy', async () => {
    const res = await output(name, 'html').expect(200);
    expect(res.type).toBe('text/html');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|script-src/);
    const dom = parseDocument(res.text);
    const html = DomUtils.findOne((node) => node.name === 'html', dom.children)!;
    expect(html.attribs.lang).toBe('zh-CN');
    expect(DomUtils.textContent(DomUtils.findOne((n) => n.name === 'title', dom.children)!)).toBe(
      (await output(name, 'document')).body.data.title,
    );
    const text = DomUtils.textContent(DomUtils.findOne((n) => n.name === 'body', dom.children)!);
    expect(firstMissingText(text, headings)).toBeNull();
    const tableText = DomUtils.findAll((n) => n.name === 'td' || n.name === 'th', dom.children)
      .map((cell) => DomUtils.textContent(cell))
      .join(' ');
    expect(firstMissingInOrder(tableText, numbers)).toBeNull();
  });

  it('tables.csv: UTF-8 with BOM, parsing back to the same cells', async () => {
    const res = await output(name, 'tables.csv').buffer(true).parse(binary).expect(200);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const rows = parseCsv(bytes.toString('utf8').slice(1), {
      relax_column_count: true,
    }) as string[][];
    const csvNumbers = rows.flatMap((row) => row.filter((cell) => /^-?\d+(\.\d+)?$/.test(cell)));
    expect(firstMissingInOrder(csvNumbers.join(' '), numbers)).toBeNull();
  });

  it('docx: a Word document holding every heading and figure in order', async () => {
    const res = await output(name, 'docx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/wordprocessingml/);
    const parts = docxParts(res.body as Buffer);
    expect(Object.keys(parts)).toContain('word/document.xml');
    const xml = parts['word/document.xml'];
    const text = xml
      .replace(/<w:p[ >]/g, '\n$&')
      .replace(/<w:tc[ >]/g, ' $&')
      .replace(/<[^>]+>/g, '');
    expect(firstMissingText(text, headings)).toBeNull();
    expect(firstMissingInOrder(text.slice(text.indexOf(headings[1])), numbers)).toBeNull();
  });

  it('pdf: an A4 PDF whose text holds every heading and figure in order', async () => {
    if (!fs.existsSync(CHROMIUM)) {
      console.warn(`pdf test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
      return;
    }
    const res = await output(name, 'pdf').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = path.join(os.tmpdir(), `annual-report-${name}-${process.pid}.pdf`);
    fs.writeFileSync(file, res.body as Buffer);
    try {
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59\d\.\d* x 841\.\d* pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(firstMissingText(text.replace(/\s+/g, ''), headings)).toBeNull();
      expect(firstMissingInOrder(text, numbers)).toBeNull();
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('pdf: fit for an archive: fonts embedded as CID TrueType, never Type 3; title, author, language', async () => {
    if (!fs.existsSync(CHROMIUM)) return;
    const bytes = (await output(name, 'pdf').buffer(true).parse(binary).expect(200)).body as Buffer;
    const fonts = withPdfFile(bytes, (file) => pdfFonts(file));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.type).not.toMatch(/Type 3/);
      expect(font.embedded).toBe('yes');
    }
    // The CJK text is drawn with the fonts the app ships, not whatever the host has.
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/NotoSerifSC/);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/NotoSansSC/);

    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const document = (await output(name, 'document')).body.data as ReportDocument;
    expect(pdf.getTitle()).toBe(document.title);
    expect(pdf.getAuthor()).toBe(document.agency!.name);
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toMatch(/zh-CN/);
  });

  it('pdf: no page before the last is less than half full', async () => {
    if (!fs.existsSync(CHROMIUM)) return;
    const bytes = (await output(name, 'pdf').buffer(true).parse(binary).expect(200)).body as Buffer;
    const pages = withPdfFile(bytes, (file) => pageFill(file));
    expect(pages.length).toBeGreaterThan(1);
    const short = pages
      .slice(0, -1)
      .map((fill, index) => ({ page: index + 1, fill }))
      .filter(({ fill }) => fill < 0.5);
    expect(short).toEqual([]);
  });
});

const withPdfFile = <T>(bytes: Buffer, read: (file: string) => T): T => {
  const file = path.join(os.tmpdir(), `annual-report-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return read(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
};

/** pdffonts' table: name, type, encoding, emb, sub, uni, object, generation. */
const pdfFonts = (file: string) =>
  execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, ...rest] = line.trim().split(/\s+/);
      const embedded = rest[rest.length - 5];
      return { name, type: rest.slice(0, -6).join(' '), embedded };
    });

/**
 * How far down each page's text reaches, as a share of the A4 page's text area (2.5 cm margins
 * top and bottom, the page number below it): words' boxes from `pdftotext -bbox`.
 */
const pageFill = (file: string): number[] => {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const margin = (2.5 / 2.54) * 72;
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, , height, words]) => {
      const bottom = Number(height) - margin;
      const ends = [...words.matchAll(/yMax="([\d.]+)"/g)]
        .map(([, y]) => Number(y))
        .filter((y) => y <= bottom);
      return ends.length === 0 ? 0 : (Math.max(...ends) - margin) / (bottom - margin);
    },
  );
};

import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { cloneDeep } from 'lodash';
import type { ReportDocument } from '../../../src/plugins/annual-report/shared/contracts/document';
import {
  ReportView,
  cellMarkKey,
  type CellMarks,
} from '../../../src/plugins/annual-report/shared/layout/ReportView';
import { demoDocument, demoDocuments } from '../../helpers/demo-documents';
import {
  byId,
  cells,
  elements,
  grid,
  hasClass,
  parseHtml,
  text,
  type HtmlElement,
  type HtmlNode,
} from '../../helpers/html-dom';

/**
 * The report as printed, read back from the markup: section headings in order, each table in its
 * section with its figures in the printed cells, the official forms' merged headers and group
 * labels, and the marks the preview draws on cells.
 */

function render(document: ReportDocument, marks?: CellMarks): HtmlNode {
  return parseHtml(renderToStaticMarkup(React.createElement(ReportView, { document, marks })));
}

function tableOf(root: HtmlNode, key: string): HtmlElement {
  const block = byId(root, `ar-table-${key}`);
  if (!block) throw new Error(`table ${key} is not printed`);
  return elements(block, 'table')[0];
}

const part = (table: HtmlElement, name: 'thead' | 'tbody') => elements(table, name)[0];
const headerCell = (table: HtmlElement, label: string) =>
  elements(part(table, 'thead'), 'th').find((cell) => text(cell) === label);
const rowLabel = (table: HtmlElement, label: string) =>
  elements(part(table, 'tbody'), 'th').find((cell) => text(cell) === label);
const dataRow = (table: HtmlElement, key: string) =>
  elements(part(table, 'tbody'), 'tr').find((row) => row.attribs['data-row'] === key);
const figures = (row: HtmlElement) =>
  cells(row)
    .filter((cell) => cell.name === 'td')
    .map(text);
const printed = (values: Array<number | null>) => values.map((v) => (v === null ? '' : String(v)));

describe.each(demoDocuments)('$name as printed', ({ document, expected }) => {
  const root = render(document);

  it('prints the title and every section heading of the source, in order', () => {
    expect(text(elements(root, 'h1')[0])).toBe(document.title);
    expect(elements(root, 'h2').map(text)).toEqual(expected.sections);
  });

  it("prints every table's figures in its cells, row by row in printed order", () => {
    const checked: string[] = [];
    for (const [key, rows] of Object.entries(expected.tables)) {
      const table = document.tables.find((candidate) => candidate.key === key)!;
      if (table.proseOnly) continue;
      const element = tableOf(root, key);
      const printedRows = elements(part(element, 'tbody'), 'tr').map(
        (row) => row.attribs['data-row'],
      );
      expect(printedRows).toEqual(table.rows.filter((row) => !row.heading).map((row) => row.key));
      for (const [rowKey, values] of Object.entries(rows)) {
        expect([key, rowKey, figures(dataRow(element, rowKey)!)]).toEqual([
          key,
          rowKey,
          printed(values),
        ]);
      }
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(2);
  });

  it('does not print proseOnly tables, whose figures the format prints only in the prose', () => {
    for (const table of document.tables.filter((candidate) => candidate.proseOnly))
      expect(byId(root, `ar-table-${table.key}`)).toBeUndefined();
  });

  it('prints each table inside its section, after the section body', () => {
    for (const section of document.sections) {
      const element = byId(root, `ar-section-${section.key}`)!;
      const children = element.children.filter((child): child is HtmlElement => 'name' in child);
      const tables = children.filter((child) => hasClass(child, 'ar-table-block'));
      const expectedTables = section.tables.filter(
        (key) => !document.tables.find((table) => table.key === key)!.proseOnly,
      );
      expect(tables.map((child) => child.attribs.id)).toEqual(
        expectedTables.map((key) => `ar-table-${key}`),
      );
      const body = children.findIndex((child) => hasClass(child, 'ar-section-body'));
      if (body >= 0)
        expect(children.indexOf(tables[0] ?? children[body])).toBeGreaterThanOrEqual(body);
    }
  });

  it('lines every header and body row up to the same number of columns', () => {
    for (const table of document.tables.filter((candidate) => !candidate.proseOnly)) {
      const element = tableOf(root, table.key);
      const widths = [...grid(part(element, 'thead')), ...grid(part(element, 'tbody'))].map(
        (row) => row.length,
      );
      expect(new Set(widths).size).toBe(1);
      // Every data column is printed, with the label columns before them.
      expect(figures(elements(part(element, 'tbody'), 'tr')[0])).toHaveLength(table.columns.length);
    }
  });
});

describe('the 2021 national form (淮安 2024)', () => {
  const document = demoDocument('cn-2021');
  const root = render(document);

  it('merges table 三 header as the form does: corner over 3×3, 申请人情况 over 7 columns', () => {
    const table = tableOf(root, 'applications');
    const corner = elements(part(table, 'thead'), 'th')[0];
    expect(text(corner)).toContain('勾稽关系');
    expect(corner.attribs).toMatchObject({ colspan: '3', rowspan: '3' });
    expect(headerCell(table, '申请人情况')!.attribs).toMatchObject({
      colspan: '7',
      scope: 'colgroup',
    });
    expect(headerCell(table, '法人或其他组织')!.attribs.colspan).toBe('5');
    expect(headerCell(table, '自然人')!.attribs).toMatchObject({ rowspan: '2', scope: 'col' });
    expect(headerCell(table, '总计')!.attribs.rowspan).toBe('2');
    expect(elements(part(table, 'thead'), 'tr')).toHaveLength(3);
  });

  it('prints group labels down the rows they head: 三、本年度办理结果 over 22, （三）不予公开 over 8', () => {
    const table = tableOf(root, 'applications');
    expect(rowLabel(table, '三、本年度办理结果')!.attribs).toMatchObject({
      rowspan: '22',
      scope: 'rowgroup',
    });
    expect(rowLabel(table, '（三）不予公开')!.attribs.rowspan).toBe('8');
    expect(rowLabel(table, '（六）其他处理')!.attribs.rowspan).toBe('3');
    // A row label takes the label columns its groups leave free.
    expect(rowLabel(table, '（一）予以公开')!.attribs.colspan).toBe('2');
    expect(rowLabel(table, '一、本年新收政府信息公开申请数量')!.attribs.colspan).toBe('3');
    expect(rowLabel(table, '1.属于国家秘密')!.attribs.colspan).toBeUndefined();
  });

  it('prints table 四 without a label column: three header rows over one row of 15 figures', () => {
    const table = tableOf(root, 'appeals');
    const head = part(table, 'thead');
    expect(elements(head, 'tr').map((row) => cells(row).map(text))[0]).toEqual([
      '行政复议',
      '行政诉讼',
    ]);
    expect(headerCell(table, '行政复议')!.attribs.colspan).toBe('5');
    expect(headerCell(table, '行政诉讼')!.attribs.colspan).toBe('10');
    expect(headerCell(table, '未经复议直接起诉')!.attribs.colspan).toBe('5');
    expect(elements(part(table, 'tbody'), 'th')).toHaveLength(0);
    expect(elements(part(table, 'tbody'), 'td')).toHaveLength(15);
  });

  it('captions each table with its number and title, the number once over the four 表二 blocks', () => {
    const caption = (key: string) => text(elements(tableOf(root, key), 'caption')[0]);
    expect(caption('active-rules')).toBe('表二 第二十条第（一）项');
    expect(caption('active-licensing')).toBe('第二十条第（五）项');
    expect(caption('applications')).toBe('表三 收到和处理政府信息公开申请情况单位：件');
    // 第（八）项 prints 万元 in its column header, so the caption does not repeat it.
    expect(caption('active-fees')).not.toContain('单位');
  });

  it('prints figures as stored: no thousands separators, money with its decimals', () => {
    expect(
      figures(dataRow(tableOf(root, 'active-enforcement'), 'administrative-penalty')!),
    ).toEqual(['3985758']);
    expect(figures(dataRow(tableOf(root, 'active-fees'), 'administrative-fees')!)).toEqual([
      '96171.6',
    ]);
  });

  it('breaks the title after the agency name, as the report prints it', () => {
    expect(elements(elements(root, 'h1')[0], 'span').map(text)).toEqual([
      '淮安市人民政府',
      '2024年政府信息公开工作年度报告',
    ]);
  });
});

describe('the 2018 Guangzhou form (海珠 2018)', () => {
  const root = render(demoDocument('gz-legacy'));

  it('numbers the annex tables 附表1–3 with their unit in the caption line', () => {
    const caption = (key: string) => text(elements(tableOf(root, key), 'caption')[0]);
    expect(caption('annex-1')).toBe('附表1 主动公开情况统计单位：条');
    expect(caption('annex-3')).toBe('附表3 申诉情况统计表单位：件');
  });

  it('indents the breakdown rows one level under their total', () => {
    const table = tableOf(root, 'annex-1');
    expect(hasClass(rowLabel(table, '主动公开信息数')!, 'ar-indent-0')).toBe(true);
    expect(hasClass(rowLabel(table, '其中:1.组织机构')!, 'ar-indent-1')).toBe(true);
  });
});

describe('cells, marks and the end of the report', () => {
  const base = demoDocument('cn-2021');

  it('prints a blank cell empty and a zero as 0', () => {
    const document = cloneDeep(base);
    const rules = document.tables.find((table) => table.key === 'active-rules')!;
    rules.rows[0].values = [null, 0, 11];
    const row = dataRow(tableOf(render(document), 'active-rules'), 'regulations')!;
    expect(figures(row)).toEqual(['', '0', '11']);
  });

  it('marks the cells findings point at, with the message as title and accessible text', () => {
    const marks: CellMarks = {
      [cellMarkKey('applications', 'new', 'total')]: {
        severity: 'error',
        message: '总计不等于各列之和',
      },
      [cellMarkKey('active-rules', 'regulations', 'in-force')]: {
        severity: 'warning',
        message: '现行有效件数与上年不衔接',
      },
    };
    expect(cellMarkKey('applications', 'new', 'total')).toBe('applications/new/total');
    const root = render(base, marks);
    const total = cells(dataRow(tableOf(root, 'applications'), 'new')!).pop()!;
    expect(hasClass(total, 'ar-mark-error')).toBe(true);
    expect(total.attribs.title).toBe('总计不等于各列之和');
    expect(total.attribs['aria-label']).toBe('3119：总计不等于各列之和');
    const inForce = cells(dataRow(tableOf(root, 'active-rules'), 'regulations')!).pop()!;
    expect(hasClass(inForce, 'ar-mark-warning')).toBe(true);
    const marked = elements(root, 'td').filter((cell) => cell.attribs.title !== undefined);
    expect(marked).toHaveLength(2);
  });

  it('ends with the agency and the date of publication as printed', () => {
    const root = render({ ...base, issuedOn: '2025-01-20' });
    const footer = elements(root, 'footer')[0];
    expect(elements(footer, 'p').map(text)).toEqual(['淮安市人民政府', '2025年1月20日']);
    expect(elements(footer, 'time')[0].attribs.datetime).toBe('2025-01-20');
    const undated = render({ ...base, issuedOn: null });
    expect(elements(elements(undated, 'footer')[0], 'time')).toHaveLength(0);
  });

  it('prints the contact paragraph only when the report text does not already give it', () => {
    const contact = (document: ReportDocument) =>
      elements(render(document), 'p')
        .filter((p) => hasClass(p, 'ar-contact'))
        .map(text);
    // 淮安 gives address, phone and e-mail in its preface.
    expect(base.contact).not.toBeNull();
    expect(contact(base)).toEqual([]);
    expect(contact({ ...base, preface: null })).toEqual([base.contact]);
  });

  it('still prints a table whose section is missing, after the last section', () => {
    const document = {
      ...base,
      sections: base.sections.filter((section) => section.key !== 'appeals'),
    };
    const root = render(document);
    const article = elements(root, 'article')[0];
    const last = article.children.filter((child): child is HtmlElement => 'name' in child);
    const appeals = byId(root, 'ar-table-appeals')!;
    expect(last).toContain(appeals);
    expect(last.indexOf(appeals)).toBeGreaterThan(
      last.findIndex((child) => child.attribs.id === 'ar-section-problems'),
    );
  });

  it('renders odd rich text (null, not an array, unknown blocks) without throwing', () => {
    const document = cloneDeep(base) as unknown as Record<string, unknown> & ReportDocument;
    (document as { preface: unknown }).preface = 'plain text';
    (document.sections[0] as { body: unknown }).body = { type: 'paragraph' };
    (document.sections[1] as { body: unknown }).body = [
      null,
      7,
      { type: 'table', children: [] },
      { type: 'constructor', children: [] },
      { type: 'paragraph' },
      { type: 'paragraph', children: [{ type: 'text', text: '留下', constructor: true }] },
    ];
    const root = render(document);
    expect(elements(root, 'h2')).toHaveLength(base.sections.length);
    expect(text(byId(root, 'ar-section-active')!)).toContain('留下');
  });
});

import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import { reportDocx } from '../../../src/plugins/annual-report/server/src/output/docx';
import { printedContact } from '../../../src/plugins/annual-report/shared/layout/printed-contact';
import {
  captionUnit,
  printedDate,
} from '../../../src/plugins/annual-report/shared/layout/print-format';
import type {
  DocumentTable,
  ReportDocument,
} from '../../../src/plugins/annual-report/shared/contracts/document';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { resolveReport } from '../../../src/plugins/annual-report/shared/layout/resolve';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';
import type { PrintedFigures } from '../../helpers/report-data';
import {
  assertWellFormed,
  bodyBlocks,
  contentOf,
  childElements,
  docxParts,
  elements,
  parseXml,
  tableGrid,
  textOf,
  type GridRow,
} from '../../helpers/docx-xml';
import haizhuExpected from '../../fixtures/demo/haizhu-2018.expected.json';
import huaianExpected from '../../fixtures/demo/huaian-2024.expected.json';

type Fixture = { sections: string[]; tables: PrintedFigures };

const ISSUED_ON = '2025-01-20';

function resolved(demo: { report: ReportData; agency: ReportData['agency'] }, template: Template) {
  return resolveReport({ ...demo.report, agency: demo.agency, issuedOn: ISSUED_ON }, template);
}

async function documentXml(document: ReportDocument): Promise<string> {
  const xml = docxParts(await reportDocx(document))['word/document.xml'];
  assertWellFormed(xml);
  return xml;
}

/** The tables the report prints as tables, in printed order. */
function printedTables(document: ReportDocument): DocumentTable[] {
  const byKey = new Map(document.tables.map((table) => [table.key, table]));
  return document.sections
    .flatMap((section) => section.tables.map((key) => byKey.get(key)))
    .filter((table): table is DocumentTable => table !== undefined && !table.proseOnly);
}

const gridWidth = (row: GridRow) => row.cells.reduce((sum, cell) => sum + cell.gridSpan, 0);

/**
 * Every merge is well formed: a continue cell sits under a restart or continue cell that covers
 * the same grid columns.
 */
function mergesLineUp(rows: GridRow[]): string[] {
  const problems: string[] = [];
  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.vMerge !== 'continue') continue;
      const above = r > 0 ? rows[r - 1].cells.find((c) => c.column === cell.column) : undefined;
      if (!above || above.vMerge === null || above.gridSpan !== cell.gridSpan)
        problems.push(`row ${r} column ${cell.column}`);
    }
  });
  return problems;
}

/** The rows a merge starting at the given cell covers, restart row included. */
function mergeExtent(rows: GridRow[], row: number, column: number): number[] {
  const covered = [row];
  for (let r = row + 1; r < rows.length; r += 1) {
    const cell = rows[r].cells.find((c) => c.column === column);
    if (cell?.vMerge !== 'continue') break;
    covered.push(r);
  }
  return covered;
}

const demos: Array<[string, ReportDocument, Fixture]> = [
  ['海珠区 2018 (gz-legacy)', resolved(haizhu2018, gzLegacy), haizhuExpected as Fixture],
  ['淮安市 2024 (cn-2021)', resolved(huaian2024, cn2021), huaianExpected as Fixture],
];

describe.each(demos)('reportDocx: demo %s', (_name, document, fixture) => {
  let parts: Record<string, string>;
  let xml: string;
  beforeAll(async () => {
    parts = docxParts(await reportDocx(document));
    xml = parts['word/document.xml'];
  });

  it('writes well-formed parts', () => {
    for (const name of ['word/document.xml', 'docProps/core.xml', 'word/styles.xml']) {
      expect(() => assertWellFormed(parts[name])).not.toThrow();
    }
  });

  it('prints the title first and every section heading, in order, as its own paragraph', () => {
    const paragraphs = bodyBlocks(xml)
      .filter((block) => block.name === 'w:p')
      .map(textOf);
    expect(paragraphs[0]).toBe(document.title);
    const headings = paragraphs.filter((text) => fixture.sections.includes(text));
    expect(headings).toEqual(fixture.sections);
  });

  it('prints every table the format prints, each after its caption and under its section', () => {
    const blocks = bodyBlocks(xml);
    const tables = printedTables(document);
    const found = blocks.filter((block) => block.name === 'w:tbl');
    expect(found).toHaveLength(tables.length);
    let checked = 0;
    blocks.forEach((block, index) => {
      if (block.name !== 'w:tbl') return;
      const table = tables[found.indexOf(block)];
      const caption = textOf(blocks[index - 1]);
      expect(caption).toContain(table.title);
      expect(caption).toContain(table.number);
      const unit = captionUnit(table);
      if (unit) expect(caption).toContain(unit);
      // The nearest section heading above the table is the one of the section it belongs to.
      const section = document.sections.find((candidate) => candidate.key === table.section);
      const heading = `${section?.number}、${section?.heading}`;
      const before = blocks.slice(0, index).map(textOf);
      const last = before.filter((text) => fixture.sections.includes(text)).pop();
      expect(last).toBe(heading);
      checked += 1;
    });
    expect(checked).toBe(tables.length);
  });

  it('prints every figure as the published report prints it, row by row in printed order', () => {
    const found = bodyBlocks(xml).filter((block) => block.name === 'w:tbl');
    printedTables(document).forEach((table, t) => {
      const grid = tableGrid(found[t]);
      const bodyRowsInXml = grid.rows.filter((row) => !row.header);
      const figures = fixture.tables[table.key];
      const dataRows = table.rows.filter((row) => !row.heading);
      expect(dataRows.map((row) => row.key).sort()).toEqual(Object.keys(figures).sort());
      expect(bodyRowsInXml).toHaveLength(dataRows.length);
      dataRows.forEach((row, r) => {
        const printed = bodyRowsInXml[r].cells.slice(-table.columns.length).map((c) => c.text);
        expect(printed).toEqual(
          figures[row.key].map((value) => (value === null ? '' : String(value))),
        );
        // The row's own label is the cell just before its figures.
        const label =
          bodyRowsInXml[r].cells[bodyRowsInXml[r].cells.length - table.columns.length - 1];
        if (row.label !== '') expect(label.text).toBe(row.number + row.label);
      });
    });
  });

  it('draws every table on a full grid: each row covers every grid column, merges line up', () => {
    for (const table of elements(parseXml(xml), 'w:tbl')) {
      const grid = tableGrid(table);
      expect(grid.columns.length).toBeGreaterThan(0);
      for (const row of grid.rows) expect(gridWidth(row)).toBe(grid.columns.length);
      expect(mergesLineUp(grid.rows)).toEqual([]);
      // Header rows come first and repeat on each page; no row splits across pages.
      const headerCount = grid.rows.filter((row) => row.header).length;
      expect(grid.rows.slice(0, headerCount).every((row) => row.header)).toBe(true);
      expect(headerCount).toBeGreaterThan(0);
      expect(grid.rows.every((row) => row.cantSplit)).toBe(true);
    }
  });

  it('fits on A4 portrait pages, with the page number centred in the footer', () => {
    const sizes = elements(parseXml(xml), 'w:pgSz');
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect([size.attribs['w:w'], size.attribs['w:h']]).toEqual(['11906', '16838']);
    }
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const name of footers) {
      expect(parts[name]).toMatch(/PAGE/);
      expect(parts[name]).toContain('<w:jc w:val="center"/>');
    }
  });

  it('ends with the contact paragraph (unless the text already gives it), the agency and the date', () => {
    const paragraphs = bodyBlocks(xml).filter((block) => block.name === 'w:p');
    const texts = paragraphs.map(textOf).filter((text) => text !== '');
    const ending = [printedContact(document), document.agency?.name, '2025年1月20日'].filter(
      (text) => text,
    );
    expect(texts.slice(-ending.length)).toEqual(ending);
    for (const paragraph of paragraphs.filter((p) => textOf(p) !== '').slice(-2)) {
      const jc = elements(paragraph, 'w:jc')[0];
      expect(jc?.attribs['w:val']).toBe('right');
    }
  });

  it('records title, creator (the agency) and language in the document properties', () => {
    const core = parseXml(parts['docProps/core.xml']);
    const value = (tag: string) => elements(core, tag).map(contentOf);
    expect(value('dc:title')).toEqual([document.title]);
    expect(value('dc:creator')).toEqual([document.agency?.name]);
    expect(value('dc:language')).toEqual(['zh-CN']);
  });

  it('gives the title and section headings Word’s heading styles (标题, 标题 1) with outline levels', () => {
    const paragraphs = bodyBlocks(xml).filter((block) => block.name === 'w:p');
    const styleOf = (paragraph: (typeof paragraphs)[number]) =>
      childElements(childElements(paragraph, 'w:pPr')[0] ?? paragraph, 'w:pStyle')[0]?.attribs[
        'w:val'
      ];
    expect(styleOf(paragraphs[0])).toBe('Title');
    const headed = paragraphs.filter((p) => styleOf(p) === 'Heading1').map(textOf);
    expect(headed).toEqual(fixture.sections);
    // Nothing else is a heading: the navigation pane lists the sections only.
    expect(paragraphs.filter((p) => /^Heading/.test(styleOf(p) ?? '')).map(textOf)).toEqual(
      fixture.sections,
    );

    const styles = parseXml(parts['word/styles.xml']);
    const style = (id: string) =>
      elements(styles, 'w:style').find((element) => element.attribs['w:styleId'] === id)!;
    const value = (element: ReturnType<typeof style>, tag: string) =>
      elements(element, tag)[0]?.attribs['w:val'];
    expect(value(style('Heading1'), 'w:name')).toBe('heading 1');
    expect(value(style('Heading1'), 'w:outlineLvl')).toBe('0');
    expect(value(style('Heading2'), 'w:name')).toBe('heading 2');
    expect(value(style('Heading2'), 'w:outlineLvl')).toBe('1');
    // Black as printed, not docx's blue.
    expect(value(style('Heading1'), 'w:color')).toBe('000000');
  });

  it('sets the Chinese fonts: 宋体 bold title, 黑体 headings, 仿宋 body', () => {
    const paragraphs = bodyBlocks(xml).filter((block) => block.name === 'w:p');
    const fontOf = (paragraph: (typeof paragraphs)[number]) =>
      elements(paragraph, 'w:rFonts')[0]?.attribs['w:eastAsia'];
    expect(fontOf(paragraphs[0])).toBe('宋体');
    expect(elements(paragraphs[0], 'w:b')).toHaveLength(1);
    const heading = paragraphs.find((p) => textOf(p) === fixture.sections[0]);
    expect(heading && fontOf(heading)).toBe('黑体');
    // The preface's first paragraph follows the title.
    expect(fontOf(paragraphs[1])).toBe('仿宋');
  });
});

describe('reportDocx: table 三 of the 2021 form', () => {
  let rows: GridRow[];
  let columns: number[];
  beforeAll(async () => {
    const xml = await documentXml(resolved(huaian2024, cn2021));
    const table = bodyBlocks(xml)
      .filter((block) => block.name === 'w:tbl')
      .find((candidate) => textOf(candidate).includes('申请人情况'));
    if (!table) throw new Error('table 三 not printed');
    ({ rows, columns } = tableGrid(table));
  });

  it('has three label columns and seven figure columns', () => {
    expect(columns).toHaveLength(10);
  });

  it('merges 申请人情况 over the seven applicant columns and 法人或其他组织 over five', () => {
    const cells = rows.flatMap((row) => row.cells);
    expect(cells.find((c) => c.text === '申请人情况')).toMatchObject({ gridSpan: 7, column: 3 });
    expect(cells.find((c) => c.text === '法人或其他组织')).toMatchObject({
      gridSpan: 5,
      column: 4,
    });
  });

  it('merges the corner over the label columns and down the three header rows', () => {
    expect(rows.filter((row) => row.header)).toHaveLength(3);
    expect(rows[0].cells[0]).toMatchObject({ column: 0, gridSpan: 3, vMerge: 'restart' });
    expect(rows[0].cells[0].text).toContain('勾稽关系');
    expect(mergeExtent(rows, 0, 0)).toEqual([0, 1, 2]);
    // 自然人 and 总计 span the two lower header rows.
    const natural = rows[1].cells.find((c) => c.text === '自然人');
    expect(natural?.vMerge).toBe('restart');
    expect(mergeExtent(rows, 1, natural?.column ?? -1)).toEqual([1, 2]);
  });

  it('merges 三、本年度办理结果 down from （一）予以公开 to （七）总计', () => {
    const start = rows.findIndex((row) => row.cells[0].text === '三、本年度办理结果');
    expect(rows[start].cells[0]).toMatchObject({ vMerge: 'restart', gridSpan: 1 });
    const extent = mergeExtent(rows, start, 0);
    const ownLabel = (r: number) => rows[r].cells[rows[r].cells.length - 8].text;
    expect(ownLabel(extent[0])).toBe('（一）予以公开');
    expect(ownLabel(extent[extent.length - 1])).toBe('（七）总计');
    expect(ownLabel(extent[extent.length - 1] + 1)).toBe('四、结转下年度继续办理');
    expect(extent).toHaveLength(22);
  });

  it('merges （三）不予公开 down its eight rows, in the middle label column', () => {
    const start = rows.findIndex((row) => row.cells.some((c) => c.text === '（三）不予公开'));
    const cell = rows[start].cells.find((c) => c.text === '（三）不予公开');
    expect(cell).toMatchObject({ column: 1, gridSpan: 1, vMerge: 'restart' });
    expect(mergeExtent(rows, start, 1)).toHaveLength(8);
  });
});

describe('reportDocx: table 四 (one unlabeled row of figures)', () => {
  it('prints no label column, as the official form', async () => {
    const xml = await documentXml(resolved(huaian2024, cn2021));
    const table = bodyBlocks(xml)
      .filter((block) => block.name === 'w:tbl')
      .find((candidate) => textOf(candidate).includes('复议后起诉'));
    if (!table) throw new Error('table 四 not printed');
    const { rows, columns } = tableGrid(table);
    expect(columns).toHaveLength(15);
    expect(rows[0].cells.map((c) => [c.text, c.gridSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(rows[rows.length - 1].cells.map((c) => c.text)).toEqual(
      huaianExpected.tables.appeals.cases.map(String),
    );
  });
});

describe('reportDocx: the 2019 form', () => {
  it('draws table 三 on the same ten-column grid', async () => {
    const document = resolveReport({ ...huaian2024.report, format: 'cn-2019' }, cn2019);
    const xml = await documentXml(document);
    const table = elements(parseXml(xml), 'w:tbl').find((t) => textOf(t).includes('申请人情况'));
    if (!table) throw new Error('table 三 not printed');
    const { rows, columns } = tableGrid(table);
    expect(columns).toHaveLength(10);
    for (const row of rows) expect(gridWidth(row)).toBe(10);
    expect(mergesLineUp(rows)).toEqual([]);
  });
});

describe('printedDate', () => {
  it.each([
    ['2025-01-20', '2025年1月20日'],
    ['2024-12-31T16:00:00.000Z', '2024年12月31日'],
    [' 2025-10-05 ', '2025年10月5日'],
    ['2025-13-01', null],
    ['20 January 2025', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (iso, printed) => {
    expect(printedDate(iso)).toBe(printed);
  });
});

describe('the well-formedness check the tests rely on', () => {
  it.each([
    ['<a><b></a>'],
    ['<a x="<"/>'],
    ['<a>&</a>'],
    ['<a>x</a><b/>'],
    ['<a x="1" x="2"/>'],
    ['<a>\uFFFF</a>'],
    ['<a><b></b>'],
  ])('rejects %j', (xml) => {
    expect(() => assertWellFormed(xml)).toThrow();
  });

  it('accepts a declaration, entities and namespaced attributes', () => {
    expect(() =>
      assertWellFormed('<?xml version="1.0"?><w:a xml:space="preserve">&amp;&lt;&#10;<b/></w:a>'),
    ).not.toThrow();
  });
});

describe('reportDocx: hostile text', () => {
  const hostile = '<script>alert("x")</script> & "引号" \'single\' ]]> \u0001end\uFFFF';
  const printed = '<script>alert("x")</script> & "引号" \'single\' ]]> end';

  it('escapes markup everywhere it prints text and drops characters XML cannot hold', async () => {
    const base = resolved(huaian2024, cn2021);
    const document: ReportDocument = {
      ...base,
      title: hostile,
      preface: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: hostile },
            {
              type: 'link',
              url: 'javascript:alert(1)',
              children: [{ type: 'text', text: '点此' }],
            },
            {
              type: 'link',
              url: 'https://example.org/?a=1&b="2"',
              children: [{ type: 'text', text: '网站' }],
            },
          ],
        },
      ],
      agency: base.agency && { ...base.agency, name: hostile },
      contact: hostile,
      sections: base.sections.map((section, i) =>
        i === 0
          ? {
              ...section,
              heading: hostile,
              body: [{ type: 'heading', level: 2, children: [{ type: 'text', text: hostile }] }],
            }
          : section,
      ),
      tables: base.tables.map((table) =>
        table.key === 'applications'
          ? {
              ...table,
              title: hostile,
              note: hostile,
              corner: hostile,
              unit: '<件>',
              columns: table.columns.map((column) =>
                column.unit === table.unit ? { ...column, unit: '<件>' } : column,
              ),
            }
          : table,
      ),
    };
    const parts = docxParts(await reportDocx(document));
    for (const name of ['word/document.xml', 'docProps/core.xml']) {
      expect(() => assertWellFormed(parts[name])).not.toThrow();
    }
    const xml = parts['word/document.xml'];
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('javascript:');
    const texts = elements(parseXml(xml), 'w:p').map(textOf);
    expect(texts[0]).toBe(printed);
    expect(texts).toContain(`一、${printed}`);
    expect(texts.filter((text) => text === printed).length).toBeGreaterThanOrEqual(4);
    expect(texts.some((text) => text.includes('单位：<件>'))).toBe(true);
    expect(texts.find((text) => text.startsWith(printed))).toBeDefined();
    expect(texts.some((text) => text.includes('网站（https://example.org/?a=1&b=%222%22）'))).toBe(
      true,
    );
    expect(texts.some((text) => text.includes('点此'))).toBe(true);
    const core = parseXml(parts['docProps/core.xml']);
    expect(elements(core, 'dc:creator').map(contentOf)).toEqual([printed]);
    expect(elements(core, 'dc:title').map(contentOf)).toEqual([printed]);
  });
});

describe('reportDocx: rich text', () => {
  it('prints headings, numbered and bulleted lists, bold text and web links from blocks', async () => {
    const base = resolved(huaian2024, cn2021);
    const document: ReportDocument = {
      ...base,
      preface: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: '（一）小标题' }] },
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: '第一项' }] },
            {
              type: 'list',
              format: 'unordered',
              children: [{ type: 'list-item', children: [{ type: 'text', text: '子项' }] }],
            },
            { type: 'list-item', children: [{ type: 'text', text: '第二项' }] },
          ],
        },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: '加粗', bold: true },
            { type: 'text', text: '，见' },
            { type: 'link', url: 'mailto:a@b.cn', children: [{ type: 'text', text: 'a@b.cn' }] },
            { type: 'text', text: '和' },
            { type: 'link', url: 'http://x.cn/', children: [{ type: 'text', text: '网站' }] },
          ],
        },
        { type: 'image', children: [] },
      ],
    };
    const xml = await documentXml(document);
    const paragraphs = bodyBlocks(xml).filter((block) => block.name === 'w:p');
    const texts = paragraphs.map(textOf);
    const start = texts.indexOf('（一）小标题');
    expect(texts.slice(start, start + 5)).toEqual([
      '（一）小标题',
      '1. 第一项',
      '• 子项',
      '2. 第二项',
      '加粗，见a@b.cn和网站（http://x.cn/）',
    ]);
    expect(elements(paragraphs[start], 'w:rFonts')[0].attribs['w:eastAsia']).toBe('楷体');
    expect(elements(paragraphs[start], 'w:pStyle')[0].attribs['w:val']).toBe('Heading2');
    const runs = elements(paragraphs[start + 4], 'w:r');
    expect(runs.map((run) => elements(run, 'w:b').length > 0)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('reportDocx: odd documents', () => {
  const empty: ReportDocument = {
    documentId: null,
    title: '',
    year: 0,
    format: '',
    formatName: '',
    preface: null,
    issuedOn: null,
    publishedAt: null,
    agency: null,
    contact: null,
    sections: [],
    tables: [],
  };

  it('writes an empty document', async () => {
    const xml = await documentXml(empty);
    expect(elements(parseXml(xml), 'w:tbl')).toHaveLength(0);
  });

  it('prints what it has: null bodies, missing tables, tables without rows or columns, junk blocks', async () => {
    const table = (key: string, patch: Partial<DocumentTable>): DocumentTable => ({
      key,
      number: '',
      title: key,
      unit: null,
      corner: '',
      section: 's',
      proseOnly: false,
      note: null,
      columns: [],
      rows: [],
      ...patch,
    });
    const document = {
      ...empty,
      title: '报告',
      issuedOn: 'not a date',
      preface: [null, 3, { type: 'list', children: 'x' }, { children: [{ text: 5 }] }],
      sections: [
        {
          key: 's',
          number: '',
          heading: '无编号',
          body: null,
          tables: ['missing', 'no-rows', 'no-columns', 'short-row'],
        },
        { key: 't', number: '二', heading: '空', body: [], tables: [] },
      ],
      tables: [
        table('no-rows', {
          columns: [{ key: 'c', label: '数', group: [], kind: 'count', unit: null }],
        }),
        table('no-columns', {
          rows: [{ key: 'r', number: '', label: '只有标签', level: 0, heading: false, values: [] }],
        }),
        table('short-row', {
          corner: '指标',
          columns: [
            { key: 'a', label: 'A', group: [], kind: 'count', unit: null },
            { key: 'b', label: 'B', group: [], kind: 'count', unit: null },
          ],
          rows: [{ key: 'r', number: '', label: '一行', level: 0, heading: false, values: [1] }],
        }),
      ],
    } as unknown as ReportDocument;
    const xml = await documentXml(document);
    const texts = elements(parseXml(xml), 'w:p').map(textOf);
    expect(texts).toContain('无编号');
    expect(texts).toContain('二、空');
    expect(texts.some((text) => text.includes('年'))).toBe(false);
    for (const t of elements(parseXml(xml), 'w:tbl')) {
      const grid = tableGrid(t);
      for (const row of grid.rows) expect(gridWidth(row)).toBe(grid.columns.length);
    }
    expect(texts).toContain('只有标签');
  });

  it('prints blank as empty, zero as 0 and values as stored', async () => {
    const base = resolved(huaian2024, cn2021);
    const document: ReportDocument = {
      ...base,
      tables: base.tables.map((t) =>
        t.key === 'active-rules'
          ? {
              ...t,
              rows: t.rows.map((row, i) =>
                i === 0 ? { ...row, values: [null, 0, 1234567.25] } : row,
              ),
            }
          : t,
      ),
    };
    const xml = await documentXml(document);
    const table = bodyBlocks(xml).find((block) => block.name === 'w:tbl');
    if (!table) throw new Error('no table');
    const row = tableGrid(table).rows.find((r) => r.cells[0].text === '规章');
    expect(row?.cells.map((c) => c.text)).toEqual(['规章', '', '0', '1234567.25']);
  });
});

function wideDocument(columnCount: number, value: number): ReportDocument {
  const columns = Array.from({ length: columnCount }, (_, i) => ({
    key: `c${i}`,
    label: `第${i + 1}列`,
    group: [],
    kind: 'count' as const,
    unit: null,
  }));
  return {
    ...resolved(huaian2024, cn2021),
    sections: [
      { key: 'a', number: '一', heading: '前面', body: null, tables: [] },
      { key: 'b', number: '二', heading: '宽表', body: null, tables: ['wide'] },
      { key: 'c', number: '三', heading: '后面', body: null, tables: [] },
    ],
    tables: [
      {
        key: 'wide',
        number: '表二',
        title: '宽表',
        unit: '件',
        corner: '项目',
        section: 'b',
        proseOnly: false,
        note: null,
        columns,
        rows: [
          {
            key: 'r',
            number: '',
            label: '合计',
            level: 0,
            heading: false,
            values: columns.map(() => value),
          },
        ],
      },
    ],
  };
}

const LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

describe('reportDocx: a table too wide for a portrait page', () => {
  it('gets a landscape page of its own, its section heading with it', async () => {
    const xml = await documentXml(wideDocument(20, 1234));
    const blocks = bodyBlocks(xml);
    const body = elements(parseXml(xml), 'w:body')[0];
    const sizes = elements(body, 'w:sectPr').map((sectPr) => elements(sectPr, 'w:pgSz')[0].attribs);
    expect(sizes.map((size) => size['w:orient'])).toEqual(['portrait', 'landscape', 'portrait']);
    expect([sizes[1]['w:w'], sizes[1]['w:h']]).toEqual(['16838', '11906']);
    // Word ends a section with the paragraph holding its w:sectPr: the portrait part ends with
    // 一、前面, the landscape part holds 二、宽表, its caption and table, and the rest follows.
    const ends = blocks
      .map((block, index) => (elements(block, 'w:sectPr').length > 0 ? index : -1))
      .filter((index) => index >= 0);
    const at = (text: string) => blocks.findIndex((block) => textOf(block) === text);
    const table = blocks.findIndex((block) => block.name === 'w:tbl');
    expect(ends[0]).toBe(at('一、前面'));
    expect(at('二、宽表')).toBe(ends[0] + 1);
    expect(table).toBeGreaterThan(at('二、宽表'));
    expect(ends[1]).toBeGreaterThanOrEqual(table);
    expect(at('三、后面')).toBeGreaterThan(ends[1]);
    const grid = tableGrid(blocks[table]);
    expect(grid.columns).toHaveLength(21);
    const total = grid.columns.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(16838 - 11906);
    expect(total).toBeLessThanOrEqual(LANDSCAPE_TEXT_WIDTH);
  });

  it('shrinks a table too wide even for landscape to the page', async () => {
    const xml = await documentXml(wideDocument(40, 1234567));
    const table = bodyBlocks(xml).find((block) => block.name === 'w:tbl');
    if (!table) throw new Error('no table');
    const total = tableGrid(table).columns.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(LANDSCAPE_TEXT_WIDTH);
    expect(total).toBeGreaterThan(LANDSCAPE_TEXT_WIDTH - 100);
  });

  it('keeps the demo reports on portrait pages: table 三 fits in ten columns', async () => {
    const xml = await documentXml(resolved(huaian2024, cn2021));
    const orientations = elements(parseXml(xml), 'w:pgSz').map((size) => size.attribs['w:orient']);
    expect(orientations.every((orientation) => orientation === 'portrait')).toBe(true);
  });
});

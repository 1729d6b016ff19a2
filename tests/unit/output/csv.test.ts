import { parse } from 'csv-parse/sync';
import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import type {
  DocumentTable,
  ReportDocument,
} from '../../../src/plugins/annual-report/shared/contracts/document';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { resolveReport } from '../../../src/plugins/annual-report/shared/layout/resolve';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import { tablesCsv } from '../../../src/plugins/annual-report/server/src/output/csv';

const huaian = resolveReport({ ...huaian2024.report, agency: huaian2024.agency }, cn2021);
const haizhu = resolveReport({ ...haizhu2018.report, agency: haizhu2018.agency }, gzLegacy);

/**
 * The file as Excel reads it back: records, split into blocks at the blank lines. Like Excel, a
 * bare LF or CR outside quotes ends a record.
 */
function allBlocksOf(csv: string): string[][][] {
  const records: string[][] = parse(csv, {
    bom: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const blocks: string[][][] = [[]];
  for (const record of records) {
    if (record.length === 1 && record[0] === '') blocks.push([]);
    else blocks[blocks.length - 1].push(record);
  }
  return blocks;
}

/** The tables' blocks, after the report's own. */
const blocksOf = (csv: string) => allBlocksOf(csv).slice(1);

const figure = (text: string) => (text === '' ? null : Number(text));

/** A block read back as the document's table it should print: its title line, header, rows. */
function readBlock(block: string[][]) {
  const [[title], header, ...rest] = block;
  const note = rest.length > 0 && rest[rest.length - 1].length === 1 ? rest.pop()![0] : null;
  return {
    title,
    header,
    rows: rest.map(([number, label, ...values]) => ({ number, label, values: values.map(figure) })),
    note,
  };
}

const printedOrder = (document: ReportDocument) => [
  ...document.tables.filter((t) => !t.proseOnly),
  ...document.tables.filter((t) => t.proseOnly),
];

describe.each([
  ['淮安市 2024 (cn-2021)', huaian],
  ['海珠区 2018 (gz-legacy)', haizhu],
])('tablesCsv: %s', (_name, document) => {
  const csv = tablesCsv(document);
  const blocks = blocksOf(csv);

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('names its report first: title, agency and year, each after its name', () => {
    expect(allBlocksOf(csv)[0]).toEqual([
      ['报告', document.title],
      ['机关', document.agency!.name],
      ['年度', String(document.year)],
    ]);
  });

  it('holds one block per table, printed tables first', () => {
    const tables = printedOrder(document);
    expect(blocks).toHaveLength(tables.length);
    blocks.forEach((block, i) => {
      const table = tables[i];
      const { title } = readBlock(block);
      expect(title.startsWith(`${table.number} ${table.title}`)).toBe(true);
      if (table.unit) expect(title).toContain(`（单位：${table.unit}）`);
      expect(title.includes('报告正文所列数据')).toBe(table.proseOnly);
    });
  });

  it('reads back every cell as the document holds it', () => {
    const tables = printedOrder(document);
    blocks.forEach((block, i) => {
      const table: DocumentTable = tables[i];
      const { header, rows } = readBlock(block);
      expect(header).toHaveLength(table.columns.length + 2);
      expect(header.slice(0, 2)).toEqual(['序号', table.corner || '项目']);
      expect(rows).toEqual(
        table.rows.map((row) => ({
          number: row.number.trim(),
          label: row.label,
          values: row.values,
        })),
      );
    });
    // The figures are really there: at least one per table that has one in the document.
    const cells = blocks.flatMap((block) => readBlock(block).rows.flatMap((row) => row.values));
    expect(cells.filter((value) => value !== null).length).toBe(
      document.tables.flatMap((t) => t.rows.flatMap((r) => r.values)).filter((v) => v !== null)
        .length,
    );
  });
});

describe('tablesCsv: layout details', () => {
  const blocks = blocksOf(tablesCsv(huaian));
  const block = (key: string) =>
    readBlock(blocks[printedOrder(huaian).findIndex((table) => table.key === key)]);

  it('names each column of table 三 by its header path', () => {
    const { title, header } = block('applications');
    expect(title).toBe('表三 收到和处理政府信息公开申请情况（单位：件）');
    expect(header).toEqual([
      '序号',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '申请人情况·自然人',
      '申请人情况·法人或其他组织·商业企业',
      '申请人情况·法人或其他组织·科研机构',
      '申请人情况·法人或其他组织·社会公益组织',
      '申请人情况·法人或其他组织·法律服务机构',
      '申请人情况·法人或其他组织·其他',
      '申请人情况·总计',
    ]);
  });

  it('prints heading rows as lines of their own with blank cells', () => {
    const rows = block('applications').rows;
    expect(rows[2]).toEqual({
      number: '三、',
      label: '本年度办理结果',
      values: Array(7).fill(null),
    });
    expect(rows[3]).toEqual({
      number: '（一）',
      label: '予以公开',
      values: [1288, 21, 0, 0, 50, 3, 1362],
    });
  });

  it('uses 项目 where the form has no corner text, and keeps money as stored', () => {
    expect(block('appeals').header.slice(0, 3)).toEqual(['序号', '项目', '行政复议·结果维持']);
    expect(block('appeals').rows[0].values.slice(0, 5)).toEqual([72, 64, 178, 37, 351]);
    expect(block('active-fees').header[2]).toBe('本年收费金额（单位：万元）');
    expect(block('active-fees').rows[0].values).toEqual([96171.6]);
  });

  it('names a money column’s unit when the table counts in another', () => {
    const document = resolveReport({} as ReportData, cn2019);
    const procurementIndex = printedOrder(document).findIndex((t) =>
      t.columns.some((c) => c.kind === 'money'),
    );
    const { header } = readBlock(blocksOf(tablesCsv(document))[procurementIndex]);
    expect(header).toContain('采购总金额（单位：元）');
  });

  it('marks the prose-only tables of gz-legacy and puts them last', () => {
    const titles = blocksOf(tablesCsv(haizhu)).map((b) => readBlock(b).title);
    expect(titles).toEqual([
      '附表1 主动公开情况统计（单位：条）',
      '附表2 依申请公开情况统计（单位：条）',
      '附表3 申诉情况统计表（单位：件）',
      '表二 通过不同渠道和方式发布政府信息情况（单位：条）（报告正文所列数据，不单独成表）',
      '表二 回应解读情况（单位：次）（报告正文所列数据，不单独成表）',
    ]);
  });
});

describe('tablesCsv: awkward text and figures', () => {
  function withTable(patch: (table: DocumentTable) => DocumentTable): ReportDocument {
    return {
      ...huaian,
      tables: huaian.tables.map((t) => (t.key === 'active-rules' ? patch(t) : t)),
    };
  }

  it('round-trips labels, titles and notes holding commas, quotes and line breaks', () => {
    const label = '规章,含"地方性"\n法规';
    const note = '本表数据，含“转办”件，\r\n另见"附件"，\n第二行';
    const title = '第二十条,"第（一）项"';
    const document = withTable((t) => ({
      ...t,
      title,
      note,
      // A line break alone must be quoted too: Excel ends a record at a bare LF.
      rows: t.rows.map((row, i) => ({ ...row, label: i === 0 ? label : '行政规范性\n文件' })),
    }));
    const csv = tablesCsv(document);
    const read = readBlock(blocksOf(csv)[0]);
    expect(read.title).toBe(`表二 ${title}`);
    expect(read.rows[0]).toEqual({ number: '', label, values: [1, 0, 11] });
    expect(read.rows[1]).toEqual({ number: '', label: '行政规范性\n文件', values: [8, 26, 66] });
    expect(read.note).toBe(`注：${note}`);
    // The other tables are not disturbed by the quoted line breaks.
    expect(blocksOf(csv)).toHaveLength(blocksOf(tablesCsv(huaian)).length);
  });

  it('prints 0 as 0, blank as empty and sums without binary noise', () => {
    const document = withTable((t) => ({
      ...t,
      rows: [
        { ...t.rows[0], values: [0, null, 1.1 + 2.2] },
        { ...t.rows[1], values: [-3, 0.1 + 0.2, 4068.208] },
      ],
    }));
    const csv = tablesCsv(document);
    expect(csv).toContain('\r\n,规章,0,,3.3\r\n');
    expect(csv).toContain('\r\n,行政规范性文件,-3,0.3,4068.208\r\n');
  });

  it('keeps editors’ text from being read as a formula', () => {
    const document = withTable((t) => ({
      ...t,
      corner: '=cmd()',
      rows: t.rows.map((row, i) => (i === 0 ? { ...row, label: '@SUM(A1)' } : row)),
    }));
    const read = readBlock(blocksOf(tablesCsv(document))[0]);
    expect(read.header[1]).toBe("'=cmd()");
    expect(read.rows[0].label).toBe("'@SUM(A1)");
    expect(allBlocksOf(tablesCsv({ ...document, title: '+1年度报告' }))[0][0]).toEqual([
      '报告',
      "'+1年度报告",
    ]);
  });

  it('writes a document without tables as its report block alone', () => {
    expect(tablesCsv({ ...huaian, tables: [] })).toBe(
      `\ufeff报告,${huaian.title}\r\n机关,${huaian.agency!.name}\r\n年度,2024\r\n`,
    );
  });
});

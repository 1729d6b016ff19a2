import { readFileSync } from 'fs';
import { join } from 'path';
import { applyPaste } from '../../../src/plugins/annual-report/admin/src/grid/apply-paste';
import { gridLayout } from '../../../src/plugins/annual-report/admin/src/grid/grid-layout';
import { parseClipboard } from '../../../src/plugins/annual-report/admin/src/grid/parse-clipboard';
import {
  alignPaste,
  type PastePlacement,
} from '../../../src/plugins/annual-report/admin/src/grid/paste-alignment';
import { cn2019 } from '../../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import { huaian2024 } from '../../../src/demo/huaian-2024';

const layoutOf = (template: typeof cn2021, key: string) =>
  gridLayout(template.tables.find((table) => table.key === key)!);
const applications = layoutOf(cn2021, 'applications');
const appeals = layoutOf(cn2021, 'appeals');
const original = (key: string) =>
  huaian2024.report.tables.find((table) => table.key === key)!.cells;

/**
 * Table 三 of the official form as Excel copies it when the whole printed block is selected:
 * the corner and two header rows above (groups merged across, 自然人 and 总计 merged down, 商业
 * 企业 broken over two lines), three label columns (三、本年度办理结果 and （三）不予公开 merged
 * down), 淮安市人民政府 2024's figures.
 */
const OFFICIAL_BLOCK = readFileSync(
  join(__dirname, '../../fixtures/paste/huaian-2024-table-3.tsv'),
  'utf8',
);
const tsv = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';
const figures = (key: string, row: string) =>
  Object.values(original(key)[row]).map((value) => String(value));
const FOCUS = { row: 'new', column: 'natural-person' };
const align = (text: string, focus = FOCUS, layout = applications) =>
  alignPaste(parseClipboard(text), layout, focus);
const where = (placement: PastePlacement) =>
  Object.fromEntries(placement.placed.map(({ row, column, text }) => [`${row}.${column}`, text]));

describe('alignPaste', () => {
  it('places every figure of the official form’s block under its own row and column', () => {
    const placement = align(OFFICIAL_BLOCK, { row: 'carried-forward', column: 'total' });
    expect(placement.doubts).toEqual([]);
    expect(placement).toMatchObject({
      labelColumns: 3,
      headerRows: 3,
      rowsByLabel: true,
      columnsByHeader: true,
    });
    expect(placement.unplaced).toEqual([]);
    expect(placement.placed).toHaveLength(applications.inputRows.length * 7);
    const result = applyPaste({}, applications, FOCUS, parseClipboard(OFFICIAL_BLOCK));
    expect(result.cells).toEqual(original('applications'));
    expect(result.refused).toEqual([]);
  });

  it('reads one label column without a header as the whole width, whatever the focus', () => {
    const placement = align(
      tsv([
        ['一、本年新收政府信息公开申请数量', ...figures('applications', 'new')],
        ['二、上年结转政府信息公开申请数量', ...figures('applications', 'carried-over')],
      ]),
      { row: 'total', column: 'legal-services' },
    );
    expect(placement.doubts).toEqual([]);
    expect(placement.labelColumns).toBe(1);
    expect(where(placement)).toMatchObject({
      'new.natural-person': '3001',
      'new.total': '3119',
      'carried-over.natural-person': '34',
    });
    expect(placement.placed).toHaveLength(14);
  });

  it('reads a group and a sub label, in another order and with other printings', () => {
    const placement = align(
      tsv([
        ['(四)无法提供', '3、补正后申请内容仍不明确', '1', '0', '0', '0', '0', '0', '1'],
        ['(三)不予公开', '1、属于国家秘密', '2', '0', '0', '0', '0', '0', '2'],
        ['', '8、属于行政查询事项', '105', '0', '0', '0', '0', '0', '105'],
        ['(二)部分公开', '', '447', '7', '0', '0', '0', '0', '454'],
        ['四、结转下一年度继续办理', '', '103', '0', '0', '0', '0', '0', '103'],
      ]),
    );
    expect(placement.doubts).toEqual([]);
    expect(placement.labelColumns).toBe(2);
    expect(where(placement)).toMatchObject({
      'unavailable-unclear.natural-person': '1',
      'withheld-state-secret.total': '2',
      'withheld-query-matters.natural-person': '105',
      'partially-disclosed.commercial': '7',
      'carried-forward.total': '103',
    });
  });

  it('places a partial block with labels and header by both, not by the focus', () => {
    const placement = align(
      tsv([
        ['', '法人或其他组织', '', ''],
        ['', '法律服务机构', '其他', '总计'],
        ['（七）总计', '61', '4', '3050'],
        ['（一）予以公开', '50', '3', '1362'],
      ]),
    );
    expect(placement.doubts).toEqual([]);
    expect(placement).toMatchObject({ labelColumns: 1, headerRows: 2 });
    expect(where(placement)).toEqual({
      'total.legal-services': '61',
      'total.other-org': '4',
      'total.total': '3050',
      'disclosed.legal-services': '50',
      'disclosed.other-org': '3',
      'disclosed.total': '1362',
    });
  });

  it('takes a header without labels for the columns and the focus for the rows', () => {
    const placement = align(
      tsv([
        ['总计', '自然人'],
        ['3119', '3001'],
      ]),
      { row: 'new', column: 'research' },
    );
    expect(placement.doubts).toEqual([]);
    expect(where(placement)).toEqual({ 'new.total': '3119', 'new.natural-person': '3001' });
  });

  it('lays a block without labels from the focused cell, as typed', () => {
    const placement = align(
      tsv([
        ['1', '2'],
        ['3', '4'],
      ]),
      { row: 'new', column: 'total' },
    );
    expect(placement).toMatchObject({ labelColumns: 0, headerRows: 0, rowsByLabel: false });
    expect(where(placement)).toEqual({ 'new.total': '1', 'carried-over.total': '3' });
    expect(placement.unplaced.map(({ text }) => text)).toEqual(['2', '4']);
    // Figures off the edge: the shape does not fit here.
    expect(placement.doubts).toEqual([{ kind: 'outside', count: 2 }]);
  });

  it('doubts labels that name no row of the table, and places from the focus', () => {
    const placement = align(
      tsv([
        ['网上申请', '5', '1'],
        ['信函申请', '2', '0'],
      ]),
    );
    expect(placement.doubts).toEqual([{ kind: 'unknown-labels' }]);
    expect(where(placement)).toEqual({
      'new.natural-person': '5',
      'new.commercial': '1',
      'carried-over.natural-person': '2',
      'carried-over.commercial': '0',
    });
  });

  it('doubts a block wider than the table and keeps the extra figures out', () => {
    const placement = align(
      tsv([['一、本年新收政府信息公开申请数量', ...figures('applications', 'new'), '9']]),
      { row: 'total', column: 'total' },
    );
    expect(placement.doubts).toEqual([{ kind: 'outside', count: 1 }]);
    // Labelled, it starts at the form's first column, not at the focused 总计.
    expect(where(placement)['new.natural-person']).toBe('3001');
    expect(where(placement)['new.total']).toBe('3119');
    expect(placement.unplaced).toEqual([{ text: '9', from: { row: 0, column: 8 } }]);
  });

  it('doubts a misprinted label, figures on a heading, an unknown row and a repeated one', () => {
    const placement = align(
      tsv([
        ['2.其他法律行政止公开', '30', '1', '0', '0', '0', '0', '31'],
        ['（三）不予公开', '181', '2', '0', '0', '0', '0', '183'],
        ['（八）合计数', '1', '1', '0', '0', '0', '0', '2'],
        ['（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362'],
        ['(一)予以公开', '1', '1', '1', '1', '1', '1', '6'],
      ]),
    );
    expect(placement.doubts).toEqual([
      { kind: 'near-row', text: '2.其他法律行政止公开', row: 'withheld-prohibited' },
      { kind: 'heading', row: 'withheld' },
      { kind: 'unknown-row', text: '（八）合计数' },
      { kind: 'repeated', text: '(一)予以公开' },
    ]);
    expect(where(placement)).toMatchObject({
      'withheld-prohibited.natural-person': '30',
      'disclosed.natural-person': '1288',
    });
    expect(placement.placed.map(({ row }) => row)).not.toContain('withheld');
    expect(placement.unplaced).toHaveLength(21);
  });

  it('tells table 四’s columns of the same label apart by the groups above them', () => {
    const cases = original('appeals').cases;
    const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const text = tsv([
      ['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')],
      ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
      [...outcomes, ...outcomes, ...outcomes],
      Object.values(cases).map(String),
    ]);
    const placement = align(text, { row: 'cases', column: 'review-upheld' }, appeals);
    expect(placement.doubts).toEqual([]);
    expect(placement.columnsByHeader).toBe(true);
    expect(
      applyPaste({}, appeals, { row: 'cases', column: 'review-total' }, parseClipboard(text)).cells,
    ).toEqual(original('appeals'));
  });

  it('reads the 2019 form’s one-row （六）其他处理', () => {
    const layout = layoutOf(cn2019, 'applications');
    const placement = align(
      tsv([['（六）其他', '3', '0', '0', '0', '0', '0', '3']]),
      FOCUS,
      layout,
    );
    expect(placement.doubts).toEqual([]);
    expect(where(placement)['other-processing.total']).toBe('3');
  });

  it('reads table 二 as 汉阳区 2022 prints it: its title row, 现行有效件数 (历史累计), a blank', () => {
    const layout = layoutOf(cn2021, 'active-rules');
    const placement = align(
      tsv([
        ['第二十条第(一)项', '', '', ''],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数 (历史累计)'],
        ['规章', '0', '0', ''],
        ['行政规范性文件', '5', '12', '8'],
      ]),
      { row: 'regulations', column: 'in-force' },
      layout,
    );
    expect(placement.doubts).toEqual([]);
    expect(placement).toMatchObject({ labelColumns: 1, headerRows: 2, columnsByHeader: true });
    expect(where(placement)).toEqual({
      'regulations.issued': '0',
      'regulations.repealed': '0',
      'regulations.in-force': '',
      'normative-documents.issued': '5',
      'normative-documents.repealed': '12',
      'normative-documents.in-force': '8',
    });
  });

  it('reads 规范性文件 (沭阳县发改局 2023) as the 2021 form’s 行政规范性文件', () => {
    const placement = align(
      tsv([
        ['规章', '0', '0', '0'],
        ['规范性文件', '8', '0', '18'],
      ]),
      { row: 'regulations', column: 'issued' },
      layoutOf(cn2021, 'active-rules'),
    );
    expect(placement.doubts).toEqual([]);
    expect(where(placement)['normative-documents.in-force']).toBe('18');
  });

  it('reads the seed’s 附表1 with 其中: and its spaced numbering', () => {
    const layout = layoutOf(gzLegacy, 'annex-1');
    const placement = align(
      tsv([
        ['指标', '数量'],
        ['主动公开信息数', '144'],
        ['其中：1．组织机构', '4'],
        ['2.部门文件', '7'],
        ['7. 其他信息', '73'],
      ]),
      { row: 'news', column: 'value' },
      layout,
    );
    expect(placement.doubts).toEqual([]);
    expect(where(placement)).toEqual({
      'total.value': '144',
      'organization.value': '4',
      'department-documents.value': '7',
      'other.value': '73',
    });
  });

  it('doubts a header that names no column of the table and lays the columns from the focus', () => {
    const placement = align(
      tsv([
        ['网上申请', '信函申请'],
        ['12', '3'],
      ]),
      { row: 'new', column: 'research' },
    );
    expect(placement.doubts).toEqual([{ kind: 'unknown-header' }]);
    expect(where(placement)).toEqual({ 'new.research': '12', 'new.public-interest': '3' });
  });

  it('reads a 序号 column before the labels as part of the labels', () => {
    const placement = align(
      tsv([
        ['1', '一、本年新收政府信息公开申请数量', ...figures('applications', 'new')],
        ['2', '二、上年结转政府信息公开申请数量', ...figures('applications', 'carried-over')],
      ]),
    );
    expect(placement.doubts).toEqual([]);
    expect(placement.labelColumns).toBe(2);
    expect(where(placement)).toMatchObject({ 'new.natural-person': '3001', 'new.total': '3119' });
  });

  it('doubts words that would go into a cell', () => {
    const placement = align(tsv([['3001', '本年新收', '3']]), {
      row: 'new',
      column: 'natural-person',
    });
    expect(placement.labelColumns).toBe(0);
    expect(placement.doubts).toEqual([{ kind: 'words-in-cell', text: '本年新收' }]);
  });

  it('guesses table 四’s columns from a header without its groups, in order, and asks', () => {
    const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const cases = Object.values(original('appeals').cases).map(String);
    const placement = align(
      tsv([[...outcomes, ...outcomes, ...outcomes], cases]),
      { row: 'cases', column: 'review-upheld' },
      appeals,
    );
    expect(placement.placed.map(({ column }) => column)).toEqual(appeals.columnKeys);
    expect(placement.doubts).toContainEqual({
      kind: 'near-column',
      text: '结果维持',
      column: 'direct-suit-upheld',
    });
  });
});

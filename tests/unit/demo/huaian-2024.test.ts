import { readFileSync } from 'fs';
import { join } from 'path';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import {
  blockTexts,
  figuresInPrintedOrder,
  reportCellKeys,
  reportTexts,
  templateCellKeys,
  type PrintedFigures,
} from '../../helpers/report-data';
import expected from '../../fixtures/demo/huaian-2024.expected.json';

const { agency, report } = huaian2024;
const fixture = expected as { sections: string[]; tables: PrintedFigures };

describe('demo report: 淮安市人民政府 2024', () => {
  it('has the six cn-2021 sections, headed as printed', () => {
    expect(report.format).toBe('cn-2021');
    expect(report.sections.map((s) => `${s.number}、${s.heading}`)).toEqual(fixture.sections);
    expect(report.sections.map((s) => s.key)).toEqual(cn2021.sections.map((s) => s.key));
  });

  it('has every cn-2021 table, with exactly the cells the template lays out', () => {
    expect(report.tables.map((t) => t.key).sort()).toEqual(cn2021.tables.map((t) => t.key).sort());
    expect(reportCellKeys(report)).toEqual(templateCellKeys(cn2021));
  });

  it('holds a number in every data cell', () => {
    for (const table of report.tables) {
      for (const cells of Object.values(table.cells)) {
        for (const value of Object.values(cells)) expect(Number.isFinite(value)).toBe(true);
      }
    }
  });

  it('holds every figure as printed in the PDF', () => {
    expect(figuresInPrintedOrder(report, cn2021)).toEqual(fixture.tables);
  });

  it('leaves the table-only sections 二 to 四 without prose', () => {
    const tableOnly = report.sections.filter((s) =>
      ['active', 'applications', 'appeals'].includes(s.key),
    );
    expect(tableOnly.map((s) => s.body)).toEqual([[], [], []]);
  });

  it('keeps, after re-flowing the PDF lines, the figures the prose states', () => {
    const text = reportTexts(report).join('\n');
    const statements = [
      '报告所列统计期限自2024年1月1日至2024年12月31日',
      '全市共受理政府信息公开申请3119件',
      '答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）',
      '政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件',
      '政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件',
      '全年新增公开市政府规章1件',
      '合格率均为100%',
      '全年收取政府信息公开信息处理费3940元',
    ];
    for (const statement of statements) expect(text).toContain(statement);
  });

  it('keeps the PDF prose verbatim, less page numbers and layout whitespace', () => {
    const source = readFileSync(
      join(__dirname, '../../fixtures/sources/huaian-city-gov-2024.txt'),
      'utf8',
    )
      .split('\n')
      .filter((line) => !/^\s*-\d+-\s*$/.test(line))
      .join('')
      .replace(/\s+/g, '');
    for (const text of reportTexts(report)) {
      expect(text).not.toMatch(/\s|-\d-/);
      expect(source).toContain(text);
    }
  });

  it('starts a paragraph at each indented line of the PDF', () => {
    expect(blockTexts(report.sections[0].body).map((p) => p.slice(0, 5))).toEqual([
      '2024年',
      '（一）主动',
      '（二）依申',
      '（三）政府',
      '（四）政府',
      '（五）政府',
    ]);
    expect(blockTexts(report.sections[4].body).map((p) => p.slice(0, 4))).toEqual([
      '对照上级',
      '针对存在',
    ]);
  });

  it('describes the agency', () => {
    expect(agency).toMatchObject({
      name: '淮安市人民政府',
      level: 'prefecture',
      region: '江苏省淮安市',
      address: '淮安市翔宇南道1号',
      postcode: '223001',
      phone: '0517-83605210',
      email: 'hazwgkc@163.com',
    });
    expect(report.title).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    expect(report.year).toBe(2024);
    expect(report.issuedOn).toBe('2025-02-25');
  });
});

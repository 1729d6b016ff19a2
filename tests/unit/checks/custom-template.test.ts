import { compileTemplate } from '../../../src/plugins/annual-report/shared/checks/compile';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { createTemplateRegistry } from '../../../src/plugins/annual-report/shared/templates/registry';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { paragraphs } from '../../../src/demo/blocks';
import { brief } from '../../helpers/report-builder';

/** A site's own template, given as plain config, is checked by the same engine without code. */

const template = createTemplateRegistry([
  {
    key: 'huli-2018',
    name: { 'zh-Hans': '湖里区2019年前格式', en: 'Huli district, pre-2019' },
    years: { to: 2018 },
    sections: [
      { key: 'overview', number: '一', heading: '概述' },
      { key: 'annex', number: '二', heading: '需要说明的事项与附表' },
    ],
    tables: [
      {
        key: 'annex-1',
        section: 'annex',
        title: '主动公开情况统计',
        unit: '条',
        columns: [{ key: 'value', label: '数量' }],
        rows: [
          { key: 'total', label: '主动公开信息数', level: 0 },
          { key: 'documents', label: '其中:1.文件', level: 1 },
          { key: 'other', label: '2.其他', level: 1 },
        ],
      },
    ],
    rules: [
      {
        id: 'H1',
        kind: 'relation',
        severity: 'error',
        title: { 'zh-Hans': '各类之和', en: 'the sum of the kinds' },
        left: [{ table: 'annex-1', row: 'total', column: 'value' }],
        op: '=',
        right: [
          { table: 'annex-1', row: 'documents', column: 'value' },
          { table: 'annex-1', row: 'other', column: 'value' },
        ],
      },
      {
        id: 'N1',
        kind: 'prose',
        severity: 'error',
        title: { 'zh-Hans': '正文数字与表格一致', en: 'figures in the text agree with the tables' },
        phrases: [
          {
            pattern: '主动公开信息{n}条',
            values: [{ sum: [{ table: 'annex-1', row: 'total', column: 'value' }] }],
          },
        ],
      },
    ],
  },
]).require('huli-2018');

function report(total: number | null, documents: number, stated: number): ReportData {
  return {
    title: '湖里区人民政府2018年政府信息公开工作年度报告',
    year: 2018,
    format: 'huli-2018',
    sections: [
      {
        key: 'overview',
        number: '一',
        heading: '概述',
        body: paragraphs([`2018年，共主动公开信息${stated}条。`]),
      },
      { key: 'annex', number: '二', heading: '需要说明的事项与附表', body: [] },
    ],
    tables: [
      {
        key: 'annex-1',
        cells: { total: { value: total }, documents: { value: documents }, other: { value: 10 } },
      },
    ],
  };
}

describe('a site’s own template', () => {
  it('gets its relations and prose phrases checked', () => {
    expect(validate(report(1027, 1017, 1027), template)).toEqual([]);
    expect(brief(validate(report(1027, 1000, 1028), template))).toEqual([
      {
        rule: 'H1',
        severity: 'error',
        path: ['tables', 0, 'cells', 'total', 'value'],
        expected: 1010,
        actual: 1027,
      },
      {
        rule: 'N1',
        severity: 'error',
        path: ['sections', 0, 'body'],
        expected: 1027,
        actual: 1028,
      },
    ]);
  });

  it('gets the value rules without declaring them', () => {
    const blank = report(1027, 1017, 1027);
    blank.tables[0].cells.other.value = null;
    expect(brief(validate(blank, template))).toEqual([
      {
        rule: 'H1',
        severity: 'error',
        path: ['tables', 0, 'cells', 'total', 'value'],
        expected: 1017,
        actual: 1027,
      },
      {
        rule: 'V1',
        severity: 'error',
        path: ['tables', 0, 'cells', 'other', 'value'],
        expected: undefined,
        actual: null,
      },
    ]);
  });

  it('gives a blank total the value of its sum rule', () => {
    expect(brief(validate(report(null, 1017, 1027), template))).toEqual([
      {
        rule: 'H1',
        severity: 'error',
        path: ['tables', 0, 'cells', 'total', 'value'],
        expected: 1027,
        actual: null,
      },
    ]);
  });

  it('is compiled once per template object', () => {
    expect(compileTemplate(template)).toBe(compileTemplate(template));
    expect(compileTemplate({ ...cn2021 })).not.toBe(compileTemplate(cn2021));
  });
});

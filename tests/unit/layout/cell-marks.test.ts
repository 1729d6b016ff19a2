import {
  cellMarks,
  printedMarks,
} from '../../../src/plugins/annual-report/shared/layout/cell-marks';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import type { Finding } from '../../../src/plugins/annual-report/shared/contracts/checks';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { cloneDeep } from 'lodash';
import { huaian2024 } from '../../../src/demo/huaian-2024';

describe('cellMarks', () => {
  const report: ReportData = cloneDeep(huaian2024.report);
  const index = report.tables.findIndex((table) => table.key === 'applications');
  const cells = report.tables[index].cells;
  cells.new.total = null;
  cells.disclosed['natural-person'] = 1289;
  const findings = validate(report, cn2021);
  const field = `tables.${index}.cells`;

  it('marks a blank total with the value its sum gives it', () => {
    const mark = cellMarks(findings, field, true).get(`${field}.new.total`);
    expect(mark?.severity).toBe('error');
    expect(mark?.expected).toEqual([3119]);
    expect(mark?.messages.join()).toContain('3119');
  });

  it('marks a wrong total, in the editor’s language, and nothing of other tables', () => {
    const marks = cellMarks(findings, field, false);
    expect(marks.get(`${field}.disclosed.total`)?.expected).toEqual([1363]);
    expect(marks.get(`${field}.disclosed.total`)?.messages[0]).toMatch(/should be 1363/);
    expect([...marks.keys()].every((path) => path.startsWith(`${field}.`))).toBe(true);
    expect(cellMarks(findings, `tables.${index + 1}.cells`, false).has(`${field}.new.total`)).toBe(
      false,
    );
  });
});

describe('printedMarks', () => {
  const finding = (
    severity: Finding['severity'],
    path: Finding['path'],
    zh: string,
    en = zh,
  ): Finding => ({ rule: 'T', severity, path, message: { 'zh-Hans': zh, en } });
  const keys = ['applications', 'appeals'];
  const tableKeyAt = (index: number) => keys[index];

  it('marks each cell by its table’s key, in the editor’s language', () => {
    const marks = printedMarks(
      [
        finding(
          'warning',
          ['tables', 1, 'cells', 'cases', 'total'],
          '与上年不衔接',
          'off last year',
        ),
      ],
      tableKeyAt,
      false,
    );
    expect(Object.keys(marks)).toEqual(['appeals/cases/total']);
    expect(marks['appeals/cases/total']).toMatchObject({
      severity: 'warning',
      message: 'off last year',
    });
  });

  it('shows the first error on a cell, or else its latest warning', () => {
    const cell = ['tables', 0, 'cells', 'new', 'total'];
    const marks = printedMarks(
      [
        finding('warning', cell, '警告一'),
        finding('warning', cell, '警告二'),
        finding('error', cell, '错误一'),
        finding('warning', cell, '警告三'),
        finding('error', cell, '错误二'),
      ],
      tableKeyAt,
      true,
    );
    expect(marks['applications/new/total']).toMatchObject({ severity: 'error', message: '错误一' });
    const warned = printedMarks(
      [finding('warning', cell, '警告一'), finding('warning', cell, '警告二')],
      tableKeyAt,
      true,
    );
    expect(warned['applications/new/total']).toMatchObject({
      severity: 'warning',
      message: '警告二',
    });
  });

  it('leaves out findings that are not on a cell of a table the report holds', () => {
    const marks = printedMarks(
      [
        finding('error', ['tables', 0], '表三有空格'),
        finding('error', ['tables', 5, 'cells', 'new', 'total'], '无此表'),
        finding('error', ['sections', 0, 'body'], '正文'),
        finding('error', ['tables', 0, 'note'], '附注'),
      ],
      tableKeyAt,
      true,
    );
    expect(marks).toEqual({});
  });
});

import { cellMarks } from '../../../src/plugins/annual-report/admin/src/grid/cell-marks';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
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

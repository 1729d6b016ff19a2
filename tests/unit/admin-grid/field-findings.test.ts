import { cloneDeep } from 'lodash';
import { cellMarks } from '../../../src/plugins/annual-report/shared/layout/cell-marks';
import { fieldPath } from '../../../src/plugins/annual-report/admin/src/grid/cell-path';
import { findingsOnField } from '../../../src/plugins/annual-report/admin/src/grid/field-findings';
import { fillFromFindings } from '../../../src/plugins/annual-report/admin/src/grid/fill-totals';
import { gridLayout } from '../../../src/plugins/annual-report/admin/src/grid/grid-layout';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';

/** Each grid is given the findings on its own cells only, and marks and fills the same from them. */

describe('findingsOnField', () => {
  const report: ReportData = cloneDeep(huaian2024.report);
  const at = (key: string) => report.tables.findIndex((table) => table.key === key);
  const applications = at('applications');
  const appeals = at('appeals');
  report.tables[applications].cells.new.total = null;
  report.tables[applications].cells.disclosed['natural-person'] = 1289;
  report.tables[applications].cells.disclosed.research = null;
  report.tables[appeals].cells.cases['review-upheld'] = 99;
  const findings = validate(report, cn2021);
  const field = (index: number) => `tables.${index}.cells`;

  it('keeps the findings on the table’s cells, and none of other tables or of the prose', () => {
    const own = findingsOnField(findings, field(applications));
    expect(own.length).toBeGreaterThan(0);
    expect(
      own.every((finding) => finding.path.join('.').startsWith(`${field(applications)}.`)),
    ).toBe(true);
    expect(findings.some((finding) => finding.path[0] === 'sections')).toBe(true);
    expect(findingsOnField(findings, field(appeals)).length).toBeGreaterThan(0);
    // tables.1.cells is not tables.10.cells, nor the table itself.
    expect(
      findingsOnField([{ ...own[0], path: ['tables', 10, 'cells', 'a', 'b'] }], 'tables.1.cells'),
    ).toEqual([]);
    expect(
      findingsOnField([{ ...own[0], path: ['tables', 1, 'cells'] }], 'tables.1.cells'),
    ).toEqual([]);
  });

  it.each([
    ['表三', 'applications'],
    ['表四', 'appeals'],
  ])('gives %s’s grid the marks and totals the whole report’s findings give it', (_, key) => {
    const index = at(key);
    const own = findingsOnField(findings, field(index));
    for (const zh of [true, false]) {
      expect(cellMarks(own, field(index), zh)).toEqual(cellMarks(findings, field(index), zh));
    }
    const layout = gridLayout(cn2021.tables.find((table) => table.key === key)!);
    const target = { cellsPath: fieldPath(field(index)), kind: layout.kind };
    const cells = report.tables[index].cells;
    const filled = fillFromFindings(cells, own, target);
    expect(filled).toEqual(fillFromFindings(cells, findings, target));
    expect(filled.filled).toBe(key === 'applications' ? 1 : 0);
  });
});

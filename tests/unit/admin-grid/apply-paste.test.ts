import { applyPaste } from '../../../src/plugins/annual-report/admin/src/grid/apply-paste';
import { gridLayout } from '../../../src/plugins/annual-report/admin/src/grid/grid-layout';
import { parseClipboard } from '../../../src/plugins/annual-report/admin/src/grid/parse-clipboard';
import type { Cells } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';

const template = (key: string) => {
  const table = cn2021.tables.find((candidate) => candidate.key === key);
  if (!table) throw new Error(`cn-2021 has no table ${key}`);
  return table;
};
const applications = gridLayout(template('applications'));
const original = huaian2024.report.tables.find((table) => table.key === 'applications')!.cells;

/** Huaian's three rows around the （三）不予公开 heading, as Excel copies them. */
const EXCEL_BLOCK =
  '447\t7\t0\t0\t0\t0\t454\r\n' + '2\t0\t0\t0\t0\t0\t2\r\n' + '3，001\t1\t０\t0\t0\t0\t31\r\n';

describe('applyPaste', () => {
  it('lays a 3×7 block from Excel onto the input rows, over the heading row', () => {
    const result = applyPaste(
      {},
      applications,
      { row: 'partially-disclosed', column: 'natural-person' },
      parseClipboard(EXCEL_BLOCK),
    );
    expect(result.filled).toBe(21);
    expect(result.refused).toEqual([]);
    expect(result.clipped).toBe(0);
    expect(result.cells['partially-disclosed']).toEqual(original['partially-disclosed']);
    expect(result.cells['withheld-state-secret']).toEqual(original['withheld-state-secret']);
    // The heading （三）不予公开 has no inputs: the third pasted row is 2.其他法律行政法规禁止公开.
    expect(result.cells.withheld).toBeUndefined();
    expect(result.cells['withheld-prohibited']).toEqual({
      ...original['withheld-prohibited'],
      'natural-person': 3001,
    });
    expect(Object.keys(result.cells).sort()).toEqual(
      ['partially-disclosed', 'withheld-prohibited', 'withheld-state-secret'].sort(),
    );
  });

  it('writes numbers and blanks, never strings, into a fresh object', () => {
    const before: Cells = { new: { 'natural-person': 5, commercial: 6 }, other: { x: 1 } };
    const result = applyPaste(before, applications, { row: 'new', column: 'natural-person' }, [
      ['１２', '—'],
    ]);
    expect(result.cells).not.toBe(before);
    expect(result.cells.new).toEqual({ 'natural-person': 12, commercial: null });
    expect(before.new).toEqual({ 'natural-person': 5, commercial: 6 });
    // Rows the paste does not reach are kept, even ones the template does not know.
    expect(result.cells.other).toBe(before.other);
  });

  it('clips a block at the table edges', () => {
    const result = applyPaste({}, applications, { row: 'total', column: 'other-org' }, [
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ]);
    expect(result.filled).toBe(4);
    expect(result.clipped).toBe(5);
    expect(result.cells).toEqual({
      total: { 'other-org': 1, total: 2 },
      'carried-forward': { 'other-org': 4, total: 5 },
    });
  });

  it('refuses values the cell cannot hold and leaves those cells as they were', () => {
    const before: Cells = { new: { 'natural-person': 1, commercial: 2, research: 3 } };
    const result = applyPaste(before, applications, { row: 'new', column: 'natural-person' }, [
      ['10', '12a', '1.234'],
      ['-1', '7', ''],
    ]);
    expect(result.filled).toBe(3);
    expect(result.cells.new).toEqual({ 'natural-person': 10, commercial: 2, research: 3 });
    expect(result.cells['carried-over']).toEqual({ commercial: 7, research: null });
    expect(result.refused.map(({ row, column, text }) => [row, column, text])).toEqual([
      ['new', 'commercial', '12a'],
      ['new', 'research', '1.234'],
      ['carried-over', 'natural-person', '-1'],
    ]);
    expect(result.refused[0].message.en).toBe('not a number');
    expect(result.refused[1].message.en).toBe('should be a whole number');
    expect(result.refused[2].message.en).toBe('cannot be negative');
  });

  it('reads each cell as its own kind: money takes decimals', () => {
    const fees = gridLayout(template('active-fees'));
    const result = applyPaste({}, fees, { row: 'administrative-fees', column: 'amount' }, [
      ['１２．５'],
      ['3'],
    ]);
    expect(result.cells).toEqual({ 'administrative-fees': { amount: 12.5 } });
    expect(result.clipped).toBe(1);
  });

  it('a paste from a cell the table does not have writes nothing', () => {
    const before: Cells = { new: { total: 1 } };
    const result = applyPaste(before, applications, { row: 'results', column: 'total' }, [['5']]);
    expect(result.cells).toBe(before);
    expect(result.filled).toBe(0);
  });
});

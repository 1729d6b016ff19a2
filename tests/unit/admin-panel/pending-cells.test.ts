import { cloneDeep } from 'lodash';
import { findingsFor } from '../../../src/plugins/annual-report/admin/src/live-checks/findings-memo';
import {
  pendingStore,
  pendingStoreOf,
} from '../../../src/plugins/annual-report/admin/src/live-checks/pending-cells';
import {
  shownValue,
  withPendingCells,
} from '../../../src/plugins/annual-report/admin/src/live-checks/with-pending-cells';
import type { Cells } from '../../../src/plugins/annual-report/shared/contracts/report';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { huaian2024 } from '../../../src/demo/huaian-2024';

/**
 * A grid writes its cells to the form in a transition; until the form has them, the grid and the
 * checks read the form's values with the cells the grid shows.
 */

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

// As the Content Manager's form holds them: frozen (immer), the agency as a relation delta.
const formValues = (): Record<string, unknown> =>
  deepFreeze({
    ...cloneDeep(huaian2024.report),
    agency: { connect: [], disconnect: [] },
  } as unknown as Record<string, unknown>);

const tables = (values: Record<string, unknown>) =>
  values.tables as Array<{ key: string; cells: Cells }>;
const applicationsAt = tables(formValues()).findIndex((table) => table.key === 'applications');
const field = `tables.${applicationsAt}.cells`;
const typed = (cells: Cells, total: number): Cells => ({
  ...cells,
  new: { ...cells.new, total },
});

const grid = {};

describe('pendingStore', () => {
  it('keeps the cells last written and every value the form may still hold, until settled', () => {
    const store = pendingStore();
    const heard: number[] = [];
    store.subscribe(() => heard.push(heard.length));
    const empty = store.snapshot();
    expect(store.snapshot()).toBe(empty);

    const before = tables(formValues())[applicationsAt].cells;
    const first = typed(before, 1);
    const second = typed(first, 12);
    store.write(field, first, before, grid);
    store.write(field, second, first, grid);
    const entry = store.snapshot()[field];
    expect(entry.cells).toBe(second);
    expect([...entry.trail]).toEqual([before, first, second]);
    expect(store.snapshot()).toBe(store.snapshot());
    expect(heard).toHaveLength(2);

    store.settle(field, grid);
    expect(store.snapshot()).toEqual({});
    store.settle(field, grid);
    expect(heard).toHaveLength(3);
  });

  it('keeps each field apart, and stops telling a listener that unsubscribed', () => {
    const store = pendingStore();
    let heard = 0;
    const stop = store.subscribe(() => (heard += 1));
    store.write('tables.0.cells', {}, null, grid);
    stop();
    store.write('tables.1.cells', {}, null, grid);
    store.settle('tables.0.cells', grid);
    expect(Object.keys(store.snapshot())).toEqual(['tables.1.cells']);
    expect(heard).toBe(1);
  });

  it('is settled by the grid that wrote last: another on the same field leaves it', () => {
    const store = pendingStore();
    const popover = {};
    const first: Cells = {};
    store.write(field, first, null, grid);
    store.write(field, { new: {} }, first, popover);
    store.settle(field, grid);
    expect(store.snapshot()[field].by).toBe(popover);
    expect(store.snapshot()[field].trail.size).toBe(3);
    store.settle(field, popover);
    expect(store.snapshot()).toEqual({});
  });

  it('is one store per form', () => {
    const form = () => ({});
    const other = () => ({});
    expect(pendingStoreOf(form)).toBe(pendingStoreOf(form));
    expect(pendingStoreOf(other)).not.toBe(pendingStoreOf(form));
  });
});

describe('withPendingCells', () => {
  it('is the form’s values themselves when nothing is pending', () => {
    const values = formValues();
    expect(withPendingCells(values, {})).toBe(values);
  });

  it('puts the grid’s cells in place of those the form still holds, sharing the rest', () => {
    const values = formValues();
    const held = tables(values)[applicationsAt].cells;
    const cells = typed(held, 1);
    const store = pendingStore();
    store.write(field, cells, held, grid);
    const pending = store.snapshot();

    const shown = withPendingCells(values, pending);
    expect(tables(shown)[applicationsAt].cells).toBe(cells);
    expect(tables(shown)[applicationsAt].key).toBe('applications');
    expect(tables(values)[applicationsAt].cells).toBe(held);
    expect(shown.sections).toBe(values.sections);
    tables(values).forEach((table, index) => {
      if (index !== applicationsAt) expect(tables(shown)[index]).toBe(table);
    });
    expect(withPendingCells(values, pending)).toBe(shown);
  });

  it('gives the grid and the panel one run of the checks on what the grid shows', () => {
    const values = formValues();
    const held = tables(values)[applicationsAt].cells;
    const store = pendingStore();
    store.write(field, typed(held, held.new.total! + 1), held, grid);
    const context = { agency: huaian2024.agency, previous: null };

    const forGrid = findingsFor(withPendingCells(values, store.snapshot()), cn2021, context);
    const forPanel = findingsFor(withPendingCells(values, store.snapshot()), cn2021, context);
    expect(forPanel).toBe(forGrid);
    expect(forGrid.findings.map((finding) => finding.path.join('.'))).toContain(
      `${field}.new.total`,
    );
    expect(findingsFor(values, cn2021, context).findings).toEqual([]);
  });

  it('leaves the form’s value once the form has taken the cells, or was given another', () => {
    const values = formValues();
    const held = tables(values)[applicationsAt].cells;
    const cells = typed(held, 1);
    const store = pendingStore();
    store.write(field, cells, held, grid);
    const entry = store.snapshot()[field];

    expect(shownValue(held, entry)).toBe(cells);
    expect(shownValue(cells, entry)).toBe(cells);
    // Reset to the stored report, or another table moved to this index when one was removed.
    const other = cloneDeep(held);
    expect(shownValue(other, entry)).toBe(other);
    expect(shownValue(held, undefined)).toBe(held);

    const taken = {
      ...values,
      tables: tables(values).map((table, index) =>
        index === applicationsAt ? { ...table, cells } : table,
      ),
    };
    expect(withPendingCells(taken, store.snapshot())).toBe(taken);
    const reset = {
      ...values,
      tables: tables(values).map((table, index) =>
        index === applicationsAt ? { ...table, cells: other } : table,
      ),
    };
    expect(withPendingCells(reset, store.snapshot())).toBe(reset);
  });
});

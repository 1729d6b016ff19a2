import omit from 'lodash/omit';
import { listenerSet } from '../utils/listeners';
import type { Cells } from '../../../shared/contracts/report';

/**
 * Cells a grid has written to the form that the form has not taken yet. A grid writes its cells
 * in a React transition, so that Strapi's render of the whole edit form (every field reads the
 * form's state) does not stand between a keystroke and the grid and checks panel showing it;
 * until the form catches up, they read the form's values with these cells in place, which is
 * what the editor sees (withPendingCells).
 */
export interface PendingEntry {
  /** The cells last written. */
  cells: Cells;
  /**
   * The field's values the writes were made over, and every value written since: while the form
   * holds one of them it is still catching up. Any other value came from elsewhere (the form
   * was reset, the table removed) and is the one that counts.
   */
  trail: ReadonlySet<unknown>;
  /** The grid that wrote last: another grid on the same field (a preview's popover) settles only its own. */
  by: object;
}

/** By cells field name (`tables.4.cells`). */
export type PendingCells = Readonly<Record<string, PendingEntry>>;

export interface PendingStore {
  subscribe(listener: () => void): () => void;
  /** The same object until a write or a settle. */
  snapshot(): PendingCells;
  /** `over` is the field's value in the form that the new cells were made from. */
  write(name: string, cells: Cells, over: unknown, by: object): void;
  /** The form has taken every write of the grid `by` to the field, or the grid is gone. */
  settle(name: string, by: object): void;
}

export function pendingStore(): PendingStore {
  let current: PendingCells = {};
  const { subscribe, notify } = listenerSet();
  const publish = (next: PendingCells) => {
    current = next;
    notify();
  };
  return {
    subscribe,
    snapshot: () => current,
    write(name, cells, over, by) {
      const trail = new Set(current[name]?.trail);
      trail.add(over);
      trail.add(cells);
      publish({ ...current, [name]: { cells, trail, by } });
    },
    settle(name, by) {
      if (current[name]?.by === by) publish(omit(current, name));
    },
  };
}

// One store per edit form, found by the form's getValues, which keeps its identity for the form's
// life: the grids and the checks panel share it, and it goes with the form.
const stores = new WeakMap<object, PendingStore>();

export function pendingStoreOf(form: object): PendingStore {
  let store = stores.get(form);
  if (!store) {
    store = pendingStore();
    stores.set(form, store);
  }
  return store;
}

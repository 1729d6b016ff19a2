import get from 'lodash/get';
import isEmpty from 'lodash/isEmpty';
import set from 'lodash/fp/set';
import type { PendingCells, PendingEntry } from './pending-cells';

type Values = Record<string, unknown>;

/** What a grid shows for its field: its pending cells while the form still holds an earlier value. */
export function shownValue(held: unknown, entry: PendingEntry | undefined): unknown {
  return entry !== undefined && entry.trail.has(held) ? entry.cells : held;
}

const overlays = new WeakMap<object, { pending: PendingCells; values: Values }>();

/**
 * The form's values as the editor sees them: each field with pending cells holding what its grid
 * shows, the rest shared with `values`. The same object again for the same values and pending
 * cells, so that the grid and the panel share one run of the checks (findings-memo).
 */
export function withPendingCells(values: Values, pending: PendingCells): Values {
  if (isEmpty(pending)) return values;
  const cached = overlays.get(values);
  if (cached?.pending === pending) return cached.values;
  let shown = values;
  for (const [name, entry] of Object.entries(pending)) {
    const held: unknown = get(values, name);
    const value = shownValue(held, entry);
    if (value !== held) shown = set(name, value, shown);
  }
  overlays.set(values, { pending, values: shown });
  return shown;
}

import * as React from 'react';
import { flushSync } from 'react-dom';
import type { Cells } from '../../../shared/contracts/report';
import { usePendingCells } from '../live-checks/usePendingCells';
import { shownValue } from '../live-checks/with-pending-cells';

interface Field {
  value: unknown;
  onChange: (name: string, value: unknown) => void;
}

export interface CellsWrite {
  /** The field's value as the grid shows it: what it wrote, before the form has taken it. */
  value: unknown;
  write: (cells: Cells) => void;
  /**
   * For the element around the grid: whatever reads the form next (a save, a publish) gets what
   * the grid shows, given to the form at once when the focus leaves the grid (a button takes it,
   * and Strapi's save blurs the focused input first) or a key with a modifier is pressed in it
   * (Strapi's shortcuts: Ctrl+S, Ctrl+Enter, Ctrl+Shift+Enter).
   */
  flushOn: {
    onBlur: (event: React.FocusEvent<HTMLElement>) => void;
    onKeyDownCapture: (event: React.KeyboardEvent<HTMLElement>) => void;
  };
}

/**
 * A grid's writes to its cells field. A keystroke's write goes to the form in a transition: the
 * grid and the checks panel show it from the pending cells at once, and Strapi's render of the
 * whole form follows, interruptible, instead of coming between the key and the panel. The form
 * still gets every write, in order, and takes the last one synchronously before it is read.
 */
export function useCellsWrite(name: string, field: Field): CellsWrite {
  const { store, pending } = usePendingCells();
  const [isPending, startTransition] = React.useTransition();
  const latest = React.useRef(field);
  latest.current = field;
  const [self] = React.useState(() => ({}));

  // isPending turns false in the commit that gives the form this grid's last write.
  React.useLayoutEffect(() => {
    if (!isPending) store.settle(name, self);
  }, [isPending, store, name, self]);
  React.useLayoutEffect(() => () => store.settle(name, self), [store, name, self]);

  const write = React.useCallback(
    (cells: Cells) => {
      store.write(name, cells, latest.current.value, self);
      startTransition(() => latest.current.onChange(name, cells));
    },
    [store, name, self, startTransition],
  );

  const flush = React.useCallback(() => {
    const entry = store.snapshot()[name];
    const held = latest.current.value;
    if (entry && entry.cells !== held && entry.trail.has(held)) {
      flushSync(() => latest.current.onChange(name, entry.cells));
    }
  }, [store, name]);

  const flushOn = React.useMemo(
    () => ({
      onBlur: (event: React.FocusEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) flush();
      },
      onKeyDownCapture: (event: React.KeyboardEvent<HTMLElement>) => {
        if (event.ctrlKey || event.metaKey || event.altKey) flush();
      },
    }),
    [flush],
  );

  return { value: shownValue(field.value, pending[name]), write, flushOn };
}

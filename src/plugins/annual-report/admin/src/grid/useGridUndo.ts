import * as React from 'react';
import isEqual from 'lodash/isEqual';
import type { Cells } from '../../../shared/contracts/report';

interface Snapshot {
  before: Cells;
  after: Cells;
}

const UNDO_DEPTH = 20;

/**
 * Undo of the grid's own writes (a paste, "fill totals"): only right after them — once the editor
 * has typed, Ctrl+Z is the input's own. `restore` writes the cells back; it returns whether it did.
 */
export function useGridUndo(
  cells: React.MutableRefObject<Cells>,
  restore: (before: Cells) => void,
) {
  const stack = React.useRef<Snapshot[]>([]);

  const remember = React.useCallback((before: Cells, after: Cells) => {
    stack.current = [...stack.current.slice(-(UNDO_DEPTH - 1)), { before, after }];
  }, []);

  const undo = (): boolean => {
    const top = stack.current[stack.current.length - 1];
    if (!top || !isEqual(top.after, cells.current)) return false;
    stack.current = stack.current.slice(0, -1);
    restore(top.before);
    return true;
  };

  // On the whole grid: Ctrl+Z right after "fill totals" comes from the button, not an input.
  const onUndoKey = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const undoKey =
      (event.ctrlKey || event.metaKey) &&
      !event.shiftKey &&
      !event.altKey &&
      event.key.toLowerCase() === 'z';
    if (undoKey && undo()) event.preventDefault();
  };

  return { remember, onUndoKey };
}

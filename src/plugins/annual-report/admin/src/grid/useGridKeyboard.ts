import * as React from 'react';
import type { GridLayout } from './grid-layout';
import { keyMove, moveFocus } from './navigation';

/**
 * Spreadsheet keys over the grid's inputs, handled once on the table (events bubble up from the
 * inputs): arrows at the text's edge, Tab, Enter move to the next cell and select it.
 */
export function useGridKeyboard(
  scrollRef: React.RefObject<HTMLDivElement | null>,
  layout: Pick<GridLayout, 'inputRows' | 'columnKeys'>,
) {
  const focusCell = (rowIndex: number, columnIndex: number) => {
    const input = scrollRef.current?.querySelector<HTMLInputElement>(
      `input[data-row-index="${rowIndex}"][data-column-index="${columnIndex}"]`,
    );
    if (!input) return;
    input.focus();
    input.select();
  };

  return (event: React.KeyboardEvent<HTMLDivElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.dataset.rowIndex === undefined) return;
    // While an IME composes, Enter and the arrows pick its candidates.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = keyMove(event.key, event.shiftKey, {
      start: input.selectionStart ?? 0,
      end: input.selectionEnd ?? 0,
      length: input.value.length,
    });
    if (!move) return;
    // Enter would submit the edit view's form.
    if (event.key === 'Enter') event.preventDefault();
    const next = moveFocus(
      { row: Number(input.dataset.rowIndex), column: Number(input.dataset.columnIndex) },
      move,
      layout.inputRows.length,
      layout.columnKeys.length,
    );
    if (!next) return;
    event.preventDefault();
    focusCell(next.row, next.column);
  };
}

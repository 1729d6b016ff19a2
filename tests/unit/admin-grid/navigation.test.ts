import { keyMove, moveFocus } from '../../../src/plugins/annual-report/admin/src/grid/navigation';

describe('moveFocus', () => {
  it('moves by arrows inside the grid and stops at its edges', () => {
    expect(moveFocus({ row: 1, column: 1 }, 'up', 3, 4)).toEqual({ row: 0, column: 1 });
    expect(moveFocus({ row: 1, column: 1 }, 'right', 3, 4)).toEqual({ row: 1, column: 2 });
    expect(moveFocus({ row: 0, column: 1 }, 'up', 3, 4)).toBeUndefined();
    expect(moveFocus({ row: 2, column: 1 }, 'down', 3, 4)).toBeUndefined();
    expect(moveFocus({ row: 1, column: 3 }, 'right', 3, 4)).toBeUndefined();
    expect(moveFocus({ row: 1, column: 0 }, 'left', 3, 4)).toBeUndefined();
  });

  it('Tab runs on across row ends and leaves at the first and last cell', () => {
    expect(moveFocus({ row: 0, column: 3 }, 'next', 3, 4)).toEqual({ row: 1, column: 0 });
    expect(moveFocus({ row: 1, column: 0 }, 'previous', 3, 4)).toEqual({ row: 0, column: 3 });
    expect(moveFocus({ row: 2, column: 3 }, 'next', 3, 4)).toBeUndefined();
    expect(moveFocus({ row: 0, column: 0 }, 'previous', 3, 4)).toBeUndefined();
  });
});

describe('keyMove', () => {
  const caret = (start: number, end: number, length: number) => ({ start, end, length });

  it('Left and Right move only from the edge of the text, or with all of it selected', () => {
    expect(keyMove('ArrowLeft', false, caret(0, 0, 3))).toBe('left');
    expect(keyMove('ArrowLeft', false, caret(1, 1, 3))).toBeUndefined();
    expect(keyMove('ArrowRight', false, caret(3, 3, 3))).toBe('right');
    expect(keyMove('ArrowRight', false, caret(2, 2, 3))).toBeUndefined();
    expect(keyMove('ArrowRight', false, caret(1, 3, 3))).toBeUndefined();
    expect(keyMove('ArrowRight', false, caret(0, 3, 3))).toBe('right');
    expect(keyMove('ArrowLeft', false, caret(0, 0, 0))).toBe('left');
  });

  it('Up, Down, Enter and Tab', () => {
    expect(keyMove('ArrowUp', false, caret(1, 1, 3))).toBe('up');
    expect(keyMove('Enter', false, caret(1, 1, 3))).toBe('down');
    expect(keyMove('Enter', true, caret(1, 1, 3))).toBe('up');
    expect(keyMove('Tab', false, caret(1, 1, 3))).toBe('next');
    expect(keyMove('Tab', true, caret(1, 1, 3))).toBe('previous');
    expect(keyMove('a', false, caret(1, 1, 3))).toBeUndefined();
  });
});

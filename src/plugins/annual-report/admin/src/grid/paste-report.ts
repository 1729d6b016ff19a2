import type { PasteResult } from './apply-paste';

/** The grid's message function: an id of translations/, its English default, its values. */
export type Translate = (
  id: string,
  defaultMessage: string,
  values?: Record<string, string | number>,
) => string;

/**
 * What a paste did, in one line for the grid's status: cells filled, cells refused with why,
 * figures that fell outside the table, and how to undo it.
 */
export function pasteReport(
  result: PasteResult,
  {
    t,
    cellName,
    zh,
    undoKeys,
  }: {
    t: Translate;
    cellName: (row: string, column: string) => string;
    zh: boolean;
    undoKeys: string;
  },
): string {
  const refused = result.refused.map(({ row, column, text, message }) =>
    t('grid.paste.refusedCell', '{cell} “{text}”: {message}', {
      cell: cellName(row, column),
      text,
      message: zh ? message['zh-Hans'] : message.en,
    }),
  );
  return [
    t('grid.paste.filled', 'Filled {count, plural, one {# cell} other {# cells}}', {
      count: result.filled,
    }),
    refused.length > 0
      ? t('grid.paste.refused', '; refused {count}: {cells}', {
          count: refused.length,
          cells: refused.join(t('grid.list.separator', '; ')),
        })
      : '',
    result.clipped > 0
      ? t('grid.paste.clipped', '; {count} outside the table, not pasted', {
          count: result.clipped,
        })
      : '',
    result.filled > 0 ? t('grid.undo.hint', ' ({keys} to undo)', { keys: undoKeys }) : '',
  ].join('');
}

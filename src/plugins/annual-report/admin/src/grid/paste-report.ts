import type { PasteResult } from './apply-paste';
import type { PasteDoubt } from './paste-alignment';

/** The grid's message function: an id of translations/, its English default, its values. */
export type Translate = (
  id: string,
  defaultMessage: string,
  values?: Record<string, string | number>,
) => string;

/**
 * What a paste did, in one line for the grid's status: how it was placed, cells filled, cells refused with why,
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
  const aligned = result.aligned ?? { rows: false, columns: false };
  return [
    aligned.rows && aligned.columns
      ? t('grid.paste.aligned.both', 'Placed by the copied row labels and header: ')
      : aligned.rows
        ? t('grid.paste.aligned.rows', 'Placed by the copied row labels: ')
        : aligned.columns
          ? t('grid.paste.aligned.columns', 'Placed by the copied header: ')
          : '',
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

/** Why a paste asks first, one sentence per doubt (alignPaste's), for the confirmation. */
export function doubtText(
  doubt: PasteDoubt,
  {
    t,
    rowName,
    columnName,
  }: { t: Translate; rowName: (row: string) => string; columnName: (column: string) => string },
): string {
  switch (doubt.kind) {
    case 'near-row':
      return t('grid.paste.doubt.nearRow', '“{text}” is read as the row “{row}”', {
        text: doubt.text,
        row: rowName(doubt.row),
      });
    case 'near-column':
      return t('grid.paste.doubt.nearColumn', '“{text}” is read as the column “{column}”', {
        text: doubt.text,
        column: columnName(doubt.column),
      });
    case 'unknown-row':
      return doubt.text === ''
        ? t(
            'grid.paste.doubt.unlabelledRow',
            'A copied row without a label: its figures are not pasted',
          )
        : t(
            'grid.paste.doubt.unknownRow',
            '“{text}” is no row of this table: its figures are not pasted',
            {
              text: doubt.text,
            },
          );
    case 'unknown-column':
      return doubt.text === ''
        ? t(
            'grid.paste.doubt.unlabelledColumn',
            'A copied column without a header: its figures are not pasted',
          )
        : t(
            'grid.paste.doubt.unknownColumn',
            '“{text}” is no column of this table: its figures are not pasted',
            { text: doubt.text },
          );
    case 'unknown-labels':
      return t(
        'grid.paste.doubt.unknownLabels',
        'The first copied columns hold labels, but none names a row of this table: the rows are laid from the focused cell',
      );
    case 'unknown-header':
      return t(
        'grid.paste.doubt.unknownHeader',
        'The first copied rows hold a header, but it names no column of this table: the columns are laid from the focused cell',
      );
    case 'ambiguous':
      return t(
        'grid.paste.doubt.ambiguous',
        '“{text}” could be more than one row or column: its figures are not pasted',
        { text: doubt.text },
      );
    case 'repeated':
      return t('grid.paste.doubt.repeated', '“{text}” was copied twice: the second is not pasted', {
        text: doubt.text,
      });
    case 'heading':
      return t(
        'grid.paste.doubt.heading',
        '“{row}” is a heading without cells: its figures are not pasted',
        { row: rowName(doubt.row) },
      );
    case 'words-in-cell':
      return t(
        'grid.paste.doubt.wordsInCell',
        '“{text}” would go into a cell: the copied columns may not be where they seem',
        { text: doubt.text },
      );
    case 'outside':
      return t(
        'grid.paste.doubt.outside',
        '{count, plural, one {# figure} other {# figures}} off the table: not pasted',
        { count: doubt.count },
      );
  }
}

import * as React from 'react';
import type { Severity } from '../../../shared/contracts/checks';
import type { CellKind } from '../../../shared/contracts/template';
import { isBlank } from './cells';
import { cellInputId } from './cell-path';
import { CellInput, CellNote, Hidden, ValueCell } from './grid-styles';
import { cellText, isIncomplete, parseCell } from './parse-cell';

export interface GridCellProps {
  path: string;
  row: string;
  column: string;
  /** Position among the inputs, for the keyboard moves. */
  rowIndex: number;
  columnIndex: number;
  kind: CellKind;
  decimals: number;
  /** Accessible name: row label · column label. */
  name: string;
  /** The cell as the form holds it: a number, null, or text an import could not read. */
  value: unknown;
  disabled: boolean;
  zh: boolean;
  placeholder: string;
  severity?: Severity;
  /** The checks' messages on this cell, one per line. */
  findingText?: string;
  /** "合计 = 123" when a sum rule gives the cell a value. */
  expectedText?: string;
  onCommit: (row: string, column: string, value: number | null) => void;
}

const sameValue = (a: unknown, b: unknown) => a === b || (isBlank(a) && isBlank(b));

/**
 * One input. What is typed stays as typed: text that reads as a number of the cell's kind is
 * written to the form at once, text that does not is kept on screen, marked, and not written.
 */
export const GridCell = React.memo(function GridCell({
  path,
  row,
  column,
  rowIndex,
  columnIndex,
  kind,
  decimals,
  name,
  value,
  disabled,
  zh,
  placeholder,
  severity,
  findingText,
  expectedText,
  onCommit,
}: GridCellProps) {
  // `seen` is the form's value the text was last matched with; typing changes only the text.
  const [local, setLocal] = React.useState(() => ({ text: cellText(value), seen: value }));
  if (local.seen !== value) {
    // The form's value changed: the editor's own keystroke coming back (the text already reads
    // as it, and stays as typed), or a paste, undo or fill (the new value is shown).
    const parsed = parseCell(local.text, kind, decimals);
    setLocal({
      text: parsed.ok && sameValue(parsed.value, value) ? local.text : cellText(value),
      seen: value,
    });
  }

  const [editing, setEditing] = React.useState(false);
  const parsed = React.useMemo(
    () => parseCell(local.text, kind, decimals),
    [local.text, kind, decimals],
  );
  const error =
    parsed.ok || (editing && isIncomplete(local.text, kind, decimals))
      ? undefined
      : zh
        ? parsed.message['zh-Hans']
        : parsed.message.en;

  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const read = parseCell(text, kind, decimals);
    setLocal((current) => ({ ...current, text }));
    if (read.ok && !sameValue(read.value, value)) onCommit(row, column, read.value);
  };

  // Once the editor leaves the cell, 1,234 shows as the 1234 it was read as.
  const onBlur = () => {
    setEditing(false);
    if (parsed.ok && sameValue(parsed.value, value) && local.text !== cellText(value)) {
      setLocal({ text: cellText(value), seen: value });
    }
  };

  const id = cellInputId(path);
  const errorId = `${id}__error`;
  const findingId = `${id}__finding`;
  const expectedId = `${id}__expected`;
  const describedBy = [
    error ? errorId : null,
    findingText ? findingId : null,
    expectedText ? expectedId : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ValueCell $severity={error ? 'error' : severity}>
      <CellInput
        id={id}
        data-cell-path={path}
        data-row-index={rowIndex}
        data-column-index={columnIndex}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={name}
        aria-invalid={error !== undefined || severity !== undefined}
        aria-describedby={describedBy || undefined}
        title={[error, findingText].filter(Boolean).join('\n') || undefined}
        placeholder={placeholder}
        value={local.text}
        // Read-only rather than disabled: a locked table can still be read cell by cell and copied.
        readOnly={disabled}
        onChange={onChange}
        onFocus={() => setEditing(true)}
        onBlur={onBlur}
        $blank={parsed.ok && parsed.value === null}
        $invalid={error !== undefined}
      />
      {expectedText ? (
        <CellNote id={expectedId} $tone="neutral">
          {expectedText}
        </CellNote>
      ) : null}
      {error ? (
        <CellNote id={errorId} $tone="danger">
          {error}
        </CellNote>
      ) : null}
      {findingText ? <Hidden id={findingId}>{findingText}</Hidden> : null}
    </ValueCell>
  );
});

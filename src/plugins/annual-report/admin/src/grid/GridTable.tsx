import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Finding } from '../../../shared/contracts/checks';
import type { Cells } from '../../../shared/contracts/report';
import { getTranslation } from '../utils/getTranslation';
import { writePlacement } from './apply-paste';
import { withValues } from './cells';
import { fieldPath } from './cell-path';
import { FocusedCellNote } from './FocusedCellNote';
import { GridHeader } from './GridHeader';
import { fillFromFindings, fillTotals, type FillTarget } from './fill-totals';
import type { GridLayout } from './grid-layout';
import { Scroll, Table } from './grid-styles';
import { GridRow } from './GridRow';
import { parseClipboard } from './parse-clipboard';
import { alignPaste, type PastePlacement } from './paste-alignment';
import { PasteConfirm } from './PasteConfirm';
import { pasteReport, type Translate } from './paste-report';
import { useGridKeyboard } from './useGridKeyboard';
import { useGridUndo } from './useGridUndo';
import { useRowMarks } from './useRowMarks';

export type GridChange = 'edit' | 'paste' | 'fill' | 'undo';

export interface GridTableProps {
  /** The cells field's path in the form: tables.4.cells. */
  name: string;
  layout: GridLayout;
  cells: Cells;
  /** Live findings on this table's cells (findingsOnField), kept while equal: they are marked. */
  findings: Finding[];
  disabled?: boolean;
  /** Id of the element that labels the table (the field label). */
  labelledBy?: string;
  onChange: (cells: Cells, change: GridChange) => void;
  /**
   * Runs the checks on the report with these cells, so that "fill totals" can fill totals of
   * totals in one go; without it, one pass over `findings` is made.
   */
  recheck?: (cells: Cells) => Finding[];
}

/**
 * The statistic table as printed, one input per cell. Keyboard moves and pastes are handled here
 * once for all inputs (events bubble up from them); each input keeps its own text. Memoised: it
 * draws again when its cells or its findings change, not on every change elsewhere in the form.
 */
export const GridTable = React.memo(function GridTable({
  name,
  layout,
  cells,
  findings,
  disabled = false,
  labelledBy,
  onChange,
  recheck,
}: GridTableProps) {
  const { formatMessage, locale } = useIntl();
  const zh = locale.startsWith('zh');
  const t: Translate = React.useCallback(
    (id, defaultMessage, values) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage],
  );

  const scrollRef = React.useRef<HTMLDivElement>(null);
  // The latest cells and callback, for handlers that must not change identity (memoised rows).
  const cellsRef = React.useRef(cells);
  cellsRef.current = cells;
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  const [status, setStatus] = React.useState('');
  const [focused, setFocused] = React.useState<string | null>(null);

  const target: FillTarget = React.useMemo(
    () => ({ cellsPath: fieldPath(name), kind: layout.kind }),
    [name, layout],
  );

  const write = React.useCallback((next: Cells, change: GridChange) => {
    cellsRef.current = next;
    onChangeRef.current(next, change);
  }, []);

  const { remember, onUndoKey } = useGridUndo(cellsRef, (before) => {
    write(before, 'undo');
    setStatus(t('grid.undo.done', 'Undone'));
  });

  const onCommit = React.useCallback(
    (row: string, column: string, value: number | null) => {
      const next = withValues(cellsRef.current, [{ row, column, value }]);
      performance.mark('ar:edit');
      write(next, 'edit');
    },
    [write],
  );

  const marksByRow = useRowMarks(findings, name, zh);

  const expectedText = React.useCallback(
    (values: number[]) =>
      t('grid.total.expected', 'Total = {value}', { value: values.join(' / ') }),
    [t],
  );
  const placeholder = t('grid.blank.placeholder', '—');
  const undoKeys =
    typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
      ? '⌘Z'
      : 'Ctrl+Z';

  const onKeyDown = useGridKeyboard(scrollRef, layout);

  // A paste the block does not settle, waiting for the editor's word; the input pasted into.
  const [asked, setAsked] = React.useState<{
    placement: PastePlacement;
    input: HTMLInputElement;
  } | null>(null);

  const writePaste = (placement: PastePlacement) => {
    const before = cellsRef.current;
    const result = writePlacement(before, layout, placement);
    if (result.filled > 0) {
      remember(before, result.cells);
      performance.mark('ar:paste');
      write(result.cells, 'paste');
    }
    setStatus(pasteReport(result, { t, cellName: layout.cellName, zh, undoKeys }));
  };

  const onPaste = (event: React.ClipboardEvent<HTMLDivElement>) => {
    const input = event.target;
    if (disabled || !(input instanceof HTMLInputElement) || input.dataset.rowIndex === undefined) {
      return;
    }
    const matrix = parseClipboard(event.clipboardData.getData('text/plain'));
    // One value goes into the input like typing, where the editor can still correct it.
    if (matrix.length === 0 || (matrix.length === 1 && matrix[0].length <= 1)) return;
    event.preventDefault();
    const placement = alignPaste(matrix, layout, {
      row: layout.inputRows[Number(input.dataset.rowIndex)],
      column: layout.columnKeys[Number(input.dataset.columnIndex)],
    });
    if (placement.doubts.length === 0) writePaste(placement);
    else setAsked({ placement, input });
  };

  const onFillTotals = () => {
    const before = cellsRef.current;
    const result = recheck
      ? fillTotals(before, recheck, target)
      : fillFromFindings(before, findings, target);
    if (result.filled > 0) {
      remember(before, result.cells);
      write(result.cells, 'fill');
    }
    setStatus(
      result.filled > 0
        ? t('grid.fillTotals.done', 'Filled {count, plural, one {# total} other {# totals}}', {
            count: result.filled,
          }) + t('grid.undo.hint', ' ({keys} to undo)', { keys: undoKeys })
        : t(
            'grid.fillTotals.none',
            'No totals to fill: no total is blank, or its parts are not all filled',
          ),
    );
  };

  const units = React.useMemo(
    () => [
      ...(layout.table.unit ? [t('grid.unit', 'Unit: {unit}', { unit: layout.table.unit })] : []),
      // A money column's unit, unless its label already prints it (本年收费金额（单位：万元）).
      ...layout.table.columns
        .filter(
          (column) => column.kind === 'money' && column.unit && !column.label.includes(column.unit),
        )
        .map((column) =>
          t('grid.columnUnit', '{column}: {unit}', {
            column: column.label,
            unit: column.unit ?? '',
          }),
        ),
    ],
    [layout, t],
  );

  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    const path = (event.target as HTMLElement).dataset?.cellPath;
    if (path) setFocused(path);
  };
  const onBlur = (event: React.FocusEvent<HTMLDivElement>) => {
    if (!scrollRef.current?.contains(event.relatedTarget as Node | null)) setFocused(null);
  };

  const focusedMark = React.useMemo(() => {
    if (!focused?.startsWith(`${name}.`)) return undefined;
    const [row, column] = focused.slice(name.length + 1).split('.');
    const mark = marksByRow[row]?.[column];
    return mark ? { name: layout.cellName(row, column), mark } : undefined;
  }, [focused, name, marksByRow, layout]);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} onKeyDown={onUndoKey}>
      <Flex gap={2} justifyContent="space-between" alignItems="center" wrap="wrap">
        <Typography variant="pi" textColor="neutral600">
          {units.join(t('grid.list.separator', '; '))}
          {layout.table.proseOnly
            ? ` ${t('grid.proseOnly', 'The format prints these figures in the text only; enter them here for the checks.')}`
            : null}
        </Typography>
        {/* Not disabled when there is nothing to fill: a button disabled under the pointer drops
            the focus (and the Ctrl+Z that follows); a click with nothing to fill says why. */}
        <Button
          variant="secondary"
          size="S"
          disabled={disabled}
          onClick={onFillTotals}
          title={t('grid.fillTotals.hint', 'Fill blank totals whose parts are all filled')}
        >
          {t('grid.fillTotals', 'Fill totals')}
        </Button>
      </Flex>
      <Scroll
        ref={scrollRef}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        <Table aria-labelledby={labelledBy}>
          <GridHeader header={layout.header} />
          <tbody>
            {layout.body.map(({ row, labels }) => (
              <GridRow
                key={row.key}
                fieldName={name}
                layout={layout}
                row={row}
                labels={labels}
                rowIndex={layout.inputRows.indexOf(row.key)}
                rowCells={cells[row.key]}
                marks={marksByRow[row.key]}
                disabled={disabled}
                zh={zh}
                placeholder={placeholder}
                expectedText={expectedText}
                onCommit={onCommit}
              />
            ))}
          </tbody>
        </Table>
      </Scroll>
      {focusedMark ? (
        <FocusedCellNote
          mark={focusedMark.mark}
          text={t('grid.focused', '{cell}: {message}', {
            cell: focusedMark.name,
            message: focusedMark.mark.messages.join(t('grid.list.separator', '; ')),
          })}
        />
      ) : null}
      {asked ? (
        <PasteConfirm
          placement={asked.placement}
          layout={layout}
          cells={cellsRef.current}
          t={t}
          onConfirm={() => {
            setAsked(null);
            writePaste(asked.placement);
          }}
          onCancel={() => {
            setAsked(null);
            setStatus(t('grid.paste.cancelled', 'Paste cancelled: nothing was written'));
          }}
          returnFocus={() => asked.input.focus()}
        />
      ) : null}
      <div aria-live="polite" role="status">
        {status ? (
          <Typography variant="pi" textColor="neutral700">
            {status}
          </Typography>
        ) : null}
      </div>
    </Flex>
  );
});

import { moneyDecimals } from '../contracts/report-limits';
import type { CheckContext } from './check';
import type { CellSlots } from './cell-slots';
import type { Term } from '../contracts/rules';
import { cellDecimals, cellKind, cellLabel, type TableInfos } from './table-info';
import type { Localized } from '../contracts/text';

/** A term with its placeholders filled, resolved to a cell slot at compile time. */
export interface CompiledTerm {
  table: string;
  row: string;
  column: string;
  sign: 1 | -1;
  previousYear: boolean;
  slot: number;
  label: string;
}

export function compileTerm(
  term: Term,
  infos: TableInfos,
  slots: CellSlots,
  row = '',
  column = '',
): CompiledTerm {
  const rowKey = term.row === '$row' ? row : term.row;
  const columnKey = term.column === '$col' ? column : term.column;
  return {
    table: term.table,
    row: rowKey,
    column: columnKey,
    sign: term.sign ?? 1,
    previousYear: term.previousYear ?? false,
    slot: slots.slot(
      term.table,
      rowKey,
      columnKey,
      cellKind(infos, term.table, rowKey, columnKey),
      cellDecimals(infos, term.table, columnKey),
    ),
    label: cellLabel(infos, term.table, rowKey, columnKey),
  };
}

/**
 * Σ sign × value, a blank total read as the sum of its parts; undefined when a cell is blank or
 * invalid (the value rules report those).
 */
export function sumTerms(terms: CompiledTerm[], context: CheckContext): number | undefined {
  let sum = 0;
  for (const term of terms) {
    const values = term.previousYear ? context.previousValues : context.derived;
    if (!values) return undefined;
    sum += term.sign * values[term.slot];
  }
  return Number.isNaN(sum) ? undefined : sum;
}

const FEN_IN_WAN_YUAN = 10 ** moneyDecimals('万元');

/**
 * Cells are whole numbers or whole numbers of 分 within CELL_LIMITS (V5, V6), so a sum rounded to
 * the 分 of a 万元 amount is the exact decimal sum: binary fractions cannot make 0.1 + 0.2 ≠ 0.3.
 */
export function roundSum(value: number): number {
  return Math.round(value * FEN_IN_WAN_YUAN) / FEN_IN_WAN_YUAN;
}

export function termsLabel(terms: CompiledTerm[]): Localized {
  const zh = terms
    .map((term, index) => {
      const label = term.previousYear ? `上一年度「${term.label}」` : `「${term.label}」`;
      return index === 0 ? label : `${term.sign < 0 ? '−' : '+'}${label}`;
    })
    .join('');
  const en = terms
    .map((term, index) => {
      const label = term.previousYear ? `last year's “${term.label}”` : `“${term.label}”`;
      return index === 0 ? label : ` ${term.sign < 0 ? '−' : '+'} ${label}`;
    })
    .join('');
  return { 'zh-Hans': zh, en };
}

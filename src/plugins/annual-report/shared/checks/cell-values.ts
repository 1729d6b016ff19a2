import type { CellKind } from '../templates/types';
import { CELL_LIMITS } from '../contracts/report-limits';

/** What a cell holds, judged against its kind (the value rules V1–V6). */
export type CellState =
  | 'ok'
  | 'blank'
  | 'not-a-number'
  | 'negative'
  | 'not-an-integer'
  | 'out-of-range'
  | 'too-many-decimals';

const CENTS = 10 ** CELL_LIMITS.moneyDecimals;

/** Whether a money figure has at most two decimals, forgiving the noise of binary fractions. */
const hasCents = (value: number) => Math.abs(value * CENTS - Math.round(value * CENTS)) < 1e-6;

export function cellState(raw: unknown, kind: CellKind): CellState {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return 'blank';
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return 'not-a-number';
  if (raw < 0 && kind !== 'delta') return 'negative';
  if (kind === 'money') {
    if (raw > CELL_LIMITS.maxMoney) return 'out-of-range';
    return hasCents(raw) ? 'ok' : 'too-many-decimals';
  }
  if (!Number.isInteger(raw)) return 'not-an-integer';
  return Math.abs(raw) > CELL_LIMITS.maxCount ? 'out-of-range' : 'ok';
}

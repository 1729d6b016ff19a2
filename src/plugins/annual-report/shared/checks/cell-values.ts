import type { CellKind } from '../contracts/template';
import { CELL_LIMITS, moneyDecimals } from '../contracts/report-limits';

/** What a cell holds, judged against its kind (the value rules V1–V6). */
export type CellState =
  | 'ok'
  | 'blank'
  | 'not-a-number'
  | 'negative'
  | 'not-an-integer'
  | 'out-of-range'
  | 'too-many-decimals';

/** Whether a money figure has at most `decimals` decimals, forgiving the noise of binary fractions. */
function hasDecimals(value: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  return Math.abs(value * scale - Math.round(value * scale)) < 1e-6 * Math.max(1, value);
}

/** `decimals`: how many a money cell may have (moneyDecimals of its unit). */
export function cellState(
  raw: unknown,
  kind: CellKind,
  decimals = moneyDecimals(undefined),
): CellState {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return 'blank';
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return 'not-a-number';
  if (raw < 0 && kind !== 'delta') return 'negative';
  if (kind === 'money') {
    if (raw > CELL_LIMITS.maxMoney) return 'out-of-range';
    return hasDecimals(raw, decimals) ? 'ok' : 'too-many-decimals';
  }
  if (!Number.isInteger(raw)) return 'not-an-integer';
  return Math.abs(raw) > CELL_LIMITS.maxCount ? 'out-of-range' : 'ok';
}

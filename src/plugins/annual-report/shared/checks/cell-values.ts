import type { CellKind } from '../templates/types';

/** What a cell holds, judged against its kind (the value rules V1–V4). */
export type CellState = 'ok' | 'blank' | 'not-a-number' | 'negative' | 'not-an-integer';

export function cellState(raw: unknown, kind: CellKind): CellState {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return 'blank';
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return 'not-a-number';
  if (raw < 0 && kind !== 'delta') return 'negative';
  if (kind !== 'money' && !Number.isInteger(raw)) return 'not-an-integer';
  return 'ok';
}

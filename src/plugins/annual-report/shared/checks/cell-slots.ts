import type { CellKind } from '../contracts/template';
import { cellState } from './cell-values';
import type { ReportView } from './report-view';

/**
 * Every cell a template's rules read gets a slot number at compile time; one validate() call reads
 * each cell once into a Float64Array, NaN where the value rules reject the content, and marks the
 * blank ones apart: relations add up array entries instead of walking objects, read a blank as 0
 * and skip over an invalid cell (V2–V6 report it).
 */

export interface SlotValues {
  /** The number when valid for the cell's kind, else NaN. */
  values: Float64Array;
  /** 1 where the cell is blank (null, empty, or its row or table missing). */
  blanks: Uint8Array;
}

interface SlotCell {
  table: string;
  row: string;
  column: string;
  kind: CellKind;
  decimals: number;
  slot: number;
}

type Layout = Array<{ table: string; rows: Array<{ row: string; cells: SlotCell[] }> }>;

export class CellSlots {
  private readonly slots = new Map<string, SlotCell>();
  private layout: Layout | undefined;

  slot(table: string, row: string, column: string, kind: CellKind, decimals: number): number {
    const key = `${table}\u0000${row}\u0000${column}`;
    let cell = this.slots.get(key);
    if (!cell) {
      cell = { table, row, column, kind, decimals, slot: this.slots.size };
      this.slots.set(key, cell);
      this.layout = undefined;
    }
    return cell.slot;
  }

  get size(): number {
    return this.slots.size;
  }

  read(view: ReportView): SlotValues {
    const values = new Float64Array(this.slots.size).fill(NaN);
    const blanks = new Uint8Array(this.slots.size).fill(1);
    for (const { table, rows } of this.grouped()) {
      if (view.tableIndex(table) < 0) continue;
      for (const { row, cells } of rows) {
        const content = view.row(table, row);
        if (!content) continue;
        for (const cell of cells) {
          const raw = content[cell.column];
          const state = cellState(raw, cell.kind, cell.decimals);
          if (state === 'ok') values[cell.slot] = raw as number;
          if (state !== 'blank') blanks[cell.slot] = 0;
        }
      }
    }
    return { values, blanks };
  }

  /** Slots grouped by table and row, so that reading looks each table and row up once. */
  private grouped(): Layout {
    if (this.layout) return this.layout;
    const tables = new Map<string, Map<string, SlotCell[]>>();
    for (const cell of this.slots.values()) {
      const rows = tables.get(cell.table) ?? new Map<string, SlotCell[]>();
      tables.set(cell.table, rows);
      rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
    }
    this.layout = [...tables].map(([table, rows]) => ({
      table,
      rows: [...rows].map(([row, cells]) => ({ row, cells })),
    }));
    return this.layout;
  }
}

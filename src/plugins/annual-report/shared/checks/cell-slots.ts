import type { CellKind } from '../templates/types';
import { cellState } from './cell-values';
import type { ReportView } from './report-view';

/**
 * Every cell a template's rules read gets a slot number at compile time; one validate() call reads
 * each cell once into a Float64Array, NaN where the value rules reject the content. Relations then
 * add up array entries instead of walking objects, and a NaN in a sum means "skip, V1–V4 report it".
 */

interface SlotCell {
  table: string;
  row: string;
  column: string;
  kind: CellKind;
  slot: number;
}

type Layout = Array<{ table: string; rows: Array<{ row: string; cells: SlotCell[] }> }>;

export class CellSlots {
  private readonly slots = new Map<string, SlotCell>();
  private layout: Layout | undefined;

  slot(table: string, row: string, column: string, kind: CellKind): number {
    const key = `${table}\u0000${row}\u0000${column}`;
    let cell = this.slots.get(key);
    if (!cell) {
      cell = { table, row, column, kind, slot: this.slots.size };
      this.slots.set(key, cell);
      this.layout = undefined;
    }
    return cell.slot;
  }

  /** The report's value for every slot: the number when valid for the cell's kind, else NaN. */
  read(view: ReportView): Float64Array {
    const values = new Float64Array(this.slots.size).fill(NaN);
    for (const { table, rows } of this.grouped()) {
      if (view.tableIndex(table) < 0) continue;
      for (const { row, cells } of rows) {
        const content = view.row(table, row);
        if (!content) continue;
        for (const cell of cells) {
          const raw = content[cell.column];
          if (cellState(raw, cell.kind) === 'ok') values[cell.slot] = raw as number;
        }
      }
    }
    return values;
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

/**
 * A figure as a writer prints it: blank for null, else the stored number in its shortest form.
 * Fifteen significant digits drop the noise of binary fractions (a sum stored as
 * 3.3000000000000003 prints 3.3) and keep every digit a report can hold: counts stay below 1e9 and
 * money below 1e10 with two decimals (CELL_LIMITS), so 96171.6 and 4068.208 print as stored.
 */
export function figureText(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(15)));
}

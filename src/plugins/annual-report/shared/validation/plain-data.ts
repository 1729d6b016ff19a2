/**
 * Reading values that come from forms and imports unchecked: one test for "a plain object" and
 * one reading of the JSON text the Content Manager's JSON input holds while it is being typed.
 */

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON text parsed; `undefined` when it does not parse; any other value as it is. */
export function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * What any input from outside must be before it reaches the database: text PostgreSQL can store
 * (no NUL, no lone surrogate) and JSON shallow enough for Strapi's recursive validators (a body
 * nested 10,000 levels deep overflows the stack). Walked without recursion, so that the guard
 * itself cannot overflow.
 */

export interface InputProblem {
  path: Array<string | number>;
  message: string;
}

const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored, or null. */
export function textProblem(text: string): string | null {
  if (NUL.test(text)) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone surrogate (broken UTF-16 text)';
  return null;
}

/** The first problem of a JSON-like value, depth-first, or null. Depth counts objects and arrays. */
export function jsonInputProblem(value: unknown, maxDepth: number): InputProblem | null {
  const stack: Array<{ value: unknown; path: Array<string | number>; depth: number }> = [
    { value, path: [], depth: 0 },
  ];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { path, message: problem };
      continue;
    }
    if (typeof current !== 'object' || current === null || current instanceof Date) continue;
    if (depth >= maxDepth) {
      return { path, message: `nested deeper than ${maxDepth} levels` };
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    for (const [key, item] of entries) {
      if (typeof key === 'string') {
        const problem = textProblem(key);
        if (problem) return { path: [...path, key], message: `key ${problem}` };
      }
      stack.push({ value: item, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}

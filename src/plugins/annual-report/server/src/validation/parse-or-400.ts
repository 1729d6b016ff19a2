import type { z } from 'zod';
import { errors } from '@strapi/utils';

/** Parses with a schema or throws a 400 whose message names every bad field. */
export const parseOr400 = <T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: Array<string | number> = [],
): T => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: [...prefix, ...(issue.path as Array<string | number>)],
    message: issue.message,
    name: 'ValidationError',
  }));
  const shown = issues.slice(0, 10).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  throw new errors.ValidationError(shown.join('; '), { errors: issues });
};

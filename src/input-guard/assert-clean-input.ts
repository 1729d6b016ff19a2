import { errors } from '@strapi/utils';
import { jsonInputProblem } from '../plugins/annual-report/shared';

/**
 * Deeper than any real request (a report's rich text stays below 20 levels), shallow enough for
 * Strapi's recursive validators and for PostgreSQL's JSON functions.
 */
export const MAX_INPUT_DEPTH = 64;

/** A 400 naming the field at `path`. */
export const inputError = (path: Array<string | number>, message: string) =>
  new errors.ValidationError(`${path.join('.')}: ${message}`, {
    errors: [{ path, message, name: 'ValidationError' }],
  });

/** Throws a 400 naming the field when input holds unstorable text or is nested too deep. */
export const assertCleanInput = (value: unknown, prefix: Array<string | number>) => {
  const problem = jsonInputProblem(value, MAX_INPUT_DEPTH);
  if (problem) throw inputError([...prefix, ...problem.path], problem.message);
};

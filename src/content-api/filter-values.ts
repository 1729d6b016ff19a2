import { isPlainObject } from 'lodash';
import type { z } from 'zod';
import { errors } from '@strapi/utils';
import { attributeOf, nextModel, type GetModel, type Model } from './model';
import { LOGICAL_OPERATORS } from './relation-filter';
import { booleanValue, TEXT_TYPES, VALUE_SCHEMAS } from './attribute-values';

/**
 * The first filter value of a query that its attribute's type cannot take, with the filter's path
 * (`['filters', 'year', '$eq']`, `['populate', 'agency', 'filters', 'id', '$in', 0]`). Filters are
 * read as Strapi reads them: a bare value is `$eq`, a value on a relation is its id, `$in` and
 * `$eq` take one value or a list, `$between` two.
 */
export interface FilterProblem {
  path: Array<string | number>;
  message: string;
}
type Path = FilterProblem['path'];
type Problem = FilterProblem | undefined;

const TEXT_OPERATORS = new Set([
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
]);
const VALUE_OPERATORS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn']);
const NULL_OPERATORS = new Set(['$null', '$notNull']);

const entries = (value: unknown) => Object.entries(value as Record<string, unknown>);

function firstProblem<T>(items: T[], check: (item: T, index: number) => Problem): Problem {
  for (const [index, item] of items.entries()) {
    const problem = check(item, index);
    if (problem) return problem;
  }
  return undefined;
}

function valueProblem(schema: z.ZodType | undefined, value: unknown, path: Path): Problem {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  return result.success
    ? undefined
    : { path, message: `expected ${result.error.issues[0].message}` };
}

/** One value, or a list of them (Strapi matches any). */
const valuesProblem = (type: string, value: unknown, path: Path): Problem =>
  Array.isArray(value)
    ? firstProblem(value, (item, index) =>
        valueProblem(VALUE_SCHEMAS[type], item, [...path, index]),
      )
    : valueProblem(VALUE_SCHEMAS[type], value, path);

function operatorProblem(type: string, operator: string, value: unknown, path: Path): Problem {
  if (operator === '$not') return attributeProblem(type, value, path);
  if (NULL_OPERATORS.has(operator)) return valueProblem(booleanValue, value, path);
  if (TEXT_OPERATORS.has(operator)) {
    return TEXT_TYPES.has(type) ? undefined : { path, message: `${operator} compares text only` };
  }
  if (operator === '$between') {
    if (!Array.isArray(value) || value.length !== 2) {
      return { path, message: 'expected two values, from and to' };
    }
    return valuesProblem(type, value, path);
  }
  return VALUE_OPERATORS.has(operator) ? valuesProblem(type, value, path) : undefined;
}

function attributeProblem(type: string, value: unknown, path: Path): Problem {
  if (!isPlainObject(value)) return operatorProblem(type, '$eq', value, path);
  return firstProblem(entries(value), ([operator, operand]) =>
    operatorProblem(type, operator, operand, [...path, operator]),
  );
}

const isComparison = (key: string) => key.startsWith('$') && !LOGICAL_OPERATORS.has(key);

function filtersProblem(filters: unknown, model: Model, getModel: GetModel, path: Path): Problem {
  if (Array.isArray(filters)) {
    return firstProblem(filters, (item, index) =>
      filtersProblem(item, model, getModel, [...path, index]),
    );
  }
  if (!isPlainObject(filters)) return undefined;
  return firstProblem(entries(filters), ([key, value]) => {
    const at = [...path, key];
    if (LOGICAL_OPERATORS.has(key)) return filtersProblem(value, model, getModel, at);
    const attribute = attributeOf(model, key);
    if (!attribute) return undefined;
    const target = nextModel(attribute, getModel);
    if (attribute.type === 'component') {
      return target && filtersProblem(value, target, getModel, at);
    }
    if (attribute.type !== 'relation') return attributeProblem(attribute.type, value, at);
    // On a relation, a bare value and a comparison are on the related id.
    if (!isPlainObject(value)) return attributeProblem('increments', value, at);
    return firstProblem(entries(value), ([name, operand]) =>
      isComparison(name)
        ? operatorProblem('increments', name, operand, [...at, name])
        : target && filtersProblem({ [name]: operand }, target, getModel, at),
    );
  });
}

function queryProblem(query: unknown, model: Model, getModel: GetModel, path: Path): Problem {
  if (!isPlainObject(query)) return undefined;
  const { filters, populate } = query as Record<string, unknown>;
  const problem =
    filters === undefined
      ? undefined
      : filtersProblem(filters, model, getModel, [...path, 'filters']);
  if (problem || !isPlainObject(populate)) return problem;
  return firstProblem(entries(populate), ([key, nested]) => {
    const target = nextModel(attributeOf(model, key), getModel);
    return target && queryProblem(nested, target, getModel, [...path, 'populate', key]);
  });
}

export const filterValueProblem = (
  query: Record<string, unknown>,
  model: Model,
  getModel: GetModel,
): Problem => queryProblem(query, model, getModel, []);

/** Throws a 400 naming the filter when a query compares an attribute with a value it cannot hold. */
export const assertFilterValues = (
  query: Record<string, unknown>,
  model: Model,
  getModel: GetModel,
) => {
  const problem = filterValueProblem(query, model, getModel);
  if (!problem) return;
  const message = `${problem.path.join('.')}: ${problem.message}`;
  throw new errors.ValidationError(message, {
    errors: [{ path: problem.path, message: problem.message, name: 'ValidationError' }],
  });
};

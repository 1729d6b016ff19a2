import { isEmpty, isPlainObject, keys, omit, pickBy } from 'lodash';

type Where = Record<string, unknown>;

/** The operators that combine conditions; every other one compares a value. */
export const LOGICAL_OPERATORS = new Set(['$and', '$or', '$not']);
const isOperator = (key: string) => key.startsWith('$');

/**
 * A relation filter as conditions on the related rows. A bare value is Strapi's id shorthand
 * (`filters[agency]=5`), and so is a comparison operator on the relation itself
 * (`filters[agency][$in][0]=5`): both become conditions on `id`.
 */
export function relationConditions(value: unknown): Where[] {
  if (!isPlainObject(value)) return [{ id: { $eq: value } }];
  const where = value as Where;
  const onId = pickBy(where, (_, key) => isOperator(key) && !LOGICAL_OPERATORS.has(key));
  const rest = omit(where, keys(onId));
  return [rest, ...(isEmpty(onId) ? [] : [{ id: onId }])].filter((part) => !isEmpty(part));
}

/**
 * Conditions on related rows as one where clause Strapi's query builder accepts under a relation:
 * attribute keys only, or a single operator. Anything else — `{ $or: […], publishedAt }` when the
 * published-only condition is added beside a client's `$or` — threw "Operator and non-operator keys
 * cannot be mixed in a relation where clause", a 500. Conditions that would overlap or carry an
 * operator are therefore joined under one `$and`.
 */
export function joinConditions(parts: Where[]): Where {
  const names = parts.flatMap((part) => keys(part));
  const plain = !names.some(isOperator) && new Set(names).size === names.length;
  return plain ? Object.assign({}, ...parts) : { $and: parts };
}

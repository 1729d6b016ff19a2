import { isPlainObject, mapValues } from 'lodash';
import { errors } from '@strapi/utils';

/**
 * A content API query (REST or GraphQL, after Strapi's own sanitising) rewritten so that it sees
 * published rows only. Strapi applies `status` to the queried rows and to populated relations, but
 * not to the joins a filter or a sort makes across a relation: `agencies?filters[reports][title]…`
 * matches draft rows, and a script can read a draft's title one character at a time. Every filter
 * that crosses into a draft-and-publish type, at any depth and inside populates, is therefore held
 * to published rows; a sort across such a relation is refused (a join's order cannot be filtered).
 */

interface Attribute {
  type: string;
  target?: string;
  component?: string;
}
export interface Model {
  uid: string;
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, Attribute>;
}
export type GetModel = (uid: string) => Model | undefined;

const LOGICAL = new Set(['$and', '$or', '$not']);
const PUBLISHED = { publishedAt: { $notNull: true } };

const hasDraftAndPublish = (model: Model | undefined) => model?.options?.draftAndPublish === true;

/** The model an attribute leads to, for relations and components; undefined for other fields. */
const nextModel = (attribute: Attribute | undefined, getModel: GetModel) => {
  if (attribute?.type === 'relation' && attribute.target) return getModel(attribute.target);
  if (attribute?.type === 'component' && attribute.component) return getModel(attribute.component);
  return undefined;
};

export function publishedOnlyFilters(filters: unknown, model: Model, getModel: GetModel): unknown {
  if (Array.isArray(filters)) return filters.map((f) => publishedOnlyFilters(f, model, getModel));
  if (!isPlainObject(filters)) return filters;
  return mapValues(filters as Record<string, unknown>, (value, key) => {
    if (LOGICAL.has(key)) return publishedOnlyFilters(value, model, getModel);
    const attribute = model.attributes[key];
    const target = nextModel(attribute, getModel);
    if (!target) return value;
    if (attribute?.type !== 'relation' || !hasDraftAndPublish(target)) {
      return publishedOnlyFilters(value, target, getModel);
    }
    // A bare value on a relation is Strapi's id shorthand.
    const nested = isPlainObject(value) ? value : { id: { $eq: value } };
    return { ...(publishedOnlyFilters(nested, target, getModel) as object), ...PUBLISHED };
  });
}

/** Each sort as a path of attribute names: 'a.b:asc,c', ['a.b'], { a: { b: 'asc' } }, [{ … }]. */
function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') {
    return sort.split(',').map((part) => part.split(':')[0].trim().split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (!isPlainObject(sort)) return [];
  return Object.entries(sort as Record<string, unknown>).flatMap(([key, value]) =>
    isPlainObject(value) ? sortPaths(value).map((path) => [key, ...path]) : [[key]],
  );
}

function assertSortStaysPublished(sort: unknown, model: Model, getModel: GetModel) {
  for (const path of sortPaths(sort)) {
    let current: Model | undefined = model;
    for (const [index, name] of path.entries()) {
      const attribute: Attribute | undefined = current?.attributes[name];
      current = nextModel(attribute, getModel);
      if (attribute?.type === 'relation' && hasDraftAndPublish(current)) {
        const field = path.slice(0, index + 1).join('.');
        throw new errors.ValidationError(
          `sort: sorting by fields of "${field}" is not available without an API token`,
          { errors: [{ path: ['sort'], message: `cannot sort across ${field}` }] },
        );
      }
      if (!current) break;
    }
  }
}

function publishedOnlyPopulate(populate: unknown, model: Model, getModel: GetModel): unknown {
  if (!isPlainObject(populate)) return populate;
  return mapValues(populate as Record<string, unknown>, (value, key) => {
    const target = nextModel(model.attributes[key], getModel);
    if (!target || !isPlainObject(value)) return value;
    return publishedOnlyNested(value as Record<string, unknown>, target, getModel);
  });
}

function publishedOnlyNested(
  query: Record<string, unknown>,
  model: Model,
  getModel: GetModel,
): Record<string, unknown> {
  if (query.sort !== undefined) assertSortStaysPublished(query.sort, model, getModel);
  const result = { ...query };
  if (query.filters !== undefined)
    result.filters = publishedOnlyFilters(query.filters, model, getModel);
  if (query.populate !== undefined)
    result.populate = publishedOnlyPopulate(query.populate, model, getModel);
  return result;
}

/** The query as a reader without draft access may run it. */
export function publishedOnlyQuery(
  query: Record<string, unknown>,
  model: Model,
  getModel: GetModel,
): Record<string, unknown> {
  const result = publishedOnlyNested(query, model, getModel);
  delete result.hasPublishedVersion;
  delete result.publicationFilter;
  result.status = 'published';
  return result;
}

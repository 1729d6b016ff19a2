import { isPlainObject, mapValues } from 'lodash';
import { errors } from '@strapi/utils';
import { hasDraftAndPublish, nextModel, type Attribute, type GetModel, type Model } from './model';
import { joinConditions, LOGICAL_OPERATORS, relationConditions } from './relation-filter';

/**
 * A content API query (REST or GraphQL, after Strapi's own sanitising) restricted to what a reader
 * may run. Without draft access it sees published rows only: Strapi applies `status` to the queried
 * rows and to populated relations, but not to the joins a filter or a sort makes across a relation,
 * so `agencies?filters[reports][title]…` matched draft rows and a script could read a draft's title
 * one character at a time. Every filter that crosses into a draft-and-publish type, at any depth
 * and inside populates, is therefore held to published rows, and a sort across such a relation is
 * refused (a join's order cannot be filtered). For every reader, filters on JSON and rich-text
 * fields are refused: the databases cannot compare them (PostgreSQL answered with a 500). A
 * relation filter's conditions are joined in the one shape Strapi's query builder accepts
 * (relation-filter.ts): `$or` inside a relation filter, with the published-only condition beside
 * it, was a 500.
 */

const UNFILTERABLE = new Set(['json', 'blocks']);
const PUBLISHED = { publishedAt: { $notNull: true } };

interface Restriction {
  getModel: GetModel;
  publishedOnly: boolean;
}

function restrictFilters(filters: unknown, model: Model, r: Restriction): unknown {
  if (Array.isArray(filters)) return filters.map((f) => restrictFilters(f, model, r));
  if (!isPlainObject(filters)) return filters;
  return mapValues(filters as Record<string, unknown>, (value, key) => {
    if (LOGICAL_OPERATORS.has(key)) return restrictFilters(value, model, r);
    const attribute = model.attributes[key];
    if (attribute && UNFILTERABLE.has(attribute.type)) {
      throw new errors.ValidationError(
        `filters: "${key}" is ${attribute.type} and cannot be filtered`,
        {
          errors: [
            { path: ['filters', key], message: `${attribute.type} fields cannot be filtered` },
          ],
        },
      );
    }
    const target = nextModel(attribute, r.getModel);
    if (!target) return value;
    if (attribute?.type !== 'relation') return restrictFilters(value, target, r);
    const conditions = relationConditions(value).map(
      (part) => restrictFilters(part, target, r) as Record<string, unknown>,
    );
    if (r.publishedOnly && hasDraftAndPublish(target)) conditions.push(PUBLISHED);
    return joinConditions(conditions);
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

function assertSortStaysPublished(sort: unknown, model: Model, r: Restriction) {
  if (!r.publishedOnly) return;
  for (const path of sortPaths(sort)) {
    let current: Model | undefined = model;
    for (const [index, name] of path.entries()) {
      const attribute: Attribute | undefined = current?.attributes[name];
      current = nextModel(attribute, r.getModel);
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

function restrictPopulate(populate: unknown, model: Model, r: Restriction): unknown {
  if (!isPlainObject(populate)) return populate;
  return mapValues(populate as Record<string, unknown>, (value, key) => {
    const target = nextModel(model.attributes[key], r.getModel);
    if (!target || !isPlainObject(value)) return value;
    return restrictNested(value as Record<string, unknown>, target, r);
  });
}

function restrictNested(query: Record<string, unknown>, model: Model, r: Restriction) {
  if (query.sort !== undefined) assertSortStaysPublished(query.sort, model, r);
  const result = { ...query };
  if (query.filters !== undefined) result.filters = restrictFilters(query.filters, model, r);
  if (query.populate !== undefined) result.populate = restrictPopulate(query.populate, model, r);
  return result;
}

/** The query as this reader may run it; `publishedOnly` for readers without draft access. */
export function restrictQuery(
  query: Record<string, unknown>,
  model: Model,
  restriction: Restriction,
): Record<string, unknown> {
  const result = restrictNested(query, model, restriction);
  if (restriction.publishedOnly) {
    delete result.hasPublishedVersion;
    delete result.publicationFilter;
    result.status = 'published';
  }
  return result;
}

import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isPlainObject } from 'lodash';
import { pagination } from '@strapi/utils';

type PaginationArgs = Parameters<typeof pagination.withDefaultPagination>[0];

export interface PageLimits {
  /** The GraphQL plugin's defaultLimit and maxLimit (config/plugins.ts). */
  defaultLimit: number;
  maxLimit: number;
}

/** The fields an operation asks for at its top level, through fragments and inline fragments. */
const rootFields = (
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode[] =>
  selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
    return fragment ? rootFields(fragment.selectionSet, fragments) : [];
  });

/** How many items a root field returns at most: its page size as Strapi applies it, or one. */
const itemsOf = (
  field: FieldNode,
  paginated: boolean,
  variables: Record<string, unknown>,
  { defaultLimit, maxLimit }: PageLimits,
): number => {
  if (!paginated) return 1;
  const argument = field.arguments?.find((arg) => arg.name.value === 'pagination');
  const value: unknown = argument ? valueFromASTUntyped(argument.value, variables) : {};
  const asked = (isPlainObject(value) ? value : {}) as PaginationArgs;
  try {
    return pagination.withDefaultPagination(asked, {
      maxLimit,
      defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
    }).limit;
  } catch {
    // Page and offset together: Strapi refuses the field without reading anything.
    return 1;
  }
};

/**
 * How many items the operation's top-level fields return at most, GraphQL aliases added up:
 * each list its page size (default or asked), any other field one.
 */
export const rootItems = (
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: PageLimits,
): number => {
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const definitions = rootType?.getFields() ?? {};
  return rootFields(operation.selectionSet, fragments).reduce((sum, field) => {
    const definition = definitions[field.name.value];
    const paginated = Boolean(definition?.args.some((arg) => arg.name === 'pagination'));
    return sum + itemsOf(field, paginated, variables, limits);
  }, 0);
};

interface OperationContext {
  schema: GraphQLSchema;
  document?: { definitions: ReadonlyArray<{ kind: string }> };
  operation?: OperationDefinitionNode;
  request: { variables?: Record<string, unknown> };
}

/**
 * Apollo plugin: the top-level fields of one request share one page (`maxLimit` items). Aliases
 * once multiplied a page of 100 labeled reports twenty times over, which held the server for 36 s
 * (bench/graphql); a page is what one REST request may ask for too.
 */
export const rootItemsPlugin = (limits: PageLimits) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }: OperationContext) {
        if (!operation || !document) return;
        const fragments = Object.fromEntries(
          (document.definitions as FragmentDefinitionNode[])
            .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((definition) => [definition.name.value, definition]),
        );
        const items = rootItems(schema, operation, fragments, request.variables ?? {}, limits);
        if (items > limits.maxLimit)
          throw new GraphQLError(
            `A request may ask for at most ${limits.maxLimit} items at its top level, aliases and pages added up; this one asks for up to ${items}: ask for fewer, or page through them`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
      },
    };
  },
});

import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { rootItems } from '../../../src/graphql/root-items';

/**
 * A request's top-level fields share one page: each list counts the items Strapi will read for it
 * (its page size, default or asked, capped at maxLimit), any other field one, aliases added up.
 */
const schema = buildSchema(/* GraphQL */ `
  input PaginationArg {
    page: Int
    pageSize: Int
    start: Int
    limit: Int
  }
  type Report {
    title: String
    agency: Agency
  }
  type Agency {
    name: String
    reports(pagination: PaginationArg): [Report]
  }
  type Query {
    report(documentId: ID): Report
    reports(pagination: PaginationArg): [Report]
    agencies(pagination: PaginationArg): [Agency]
  }
  type Mutation {
    deleteReport(documentId: ID): Report
  }
`);

const limits = { defaultLimit: 25, maxLimit: 100 };

const count = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const [operation] = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  const fragments = Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [],
    ),
  );
  return rootItems(schema, operation, fragments, variables, limits);
};

it('a list counts its page: the default, or what it asks for, at most maxLimit', () => {
  expect(count('{ reports { title } }')).toBe(25);
  expect(count('{ reports(pagination: { limit: 40 }) { title } }')).toBe(40);
  expect(count('{ reports(pagination: { page: 3, pageSize: 60 }) { title } }')).toBe(60);
  expect(count('{ reports(pagination: { limit: 1000 }) { title } }')).toBe(100);
  expect(count('{ reports(pagination: { limit: -1 }) { title } }')).toBe(100);
});

it('reads the page from variables', () => {
  const query =
    'query($p: PaginationArg, $n: Int) { a: reports(pagination: $p) { title } b: reports(pagination: { limit: $n }) { title } }';
  expect(count(query, { p: { pageSize: 10 }, n: 5 })).toBe(15);
  expect(count(query, {})).toBe(50);
});

it('aliases add up, through fragments too', () => {
  expect(count('{ a: reports { title } b: reports { title } c: report { title } }')).toBe(51);
  expect(
    count(
      '{ ...Lists ... on Query { d: report { title } } } fragment Lists on Query { a: reports(pagination: { limit: 60 }) { title } b: agencies { name } }',
    ),
  ).toBe(86);
});

it('a field that is not a list counts one; nested lists are left to the depth and cost limits', () => {
  expect(
    count('{ report { title agency { reports(pagination: { limit: 100 }) { title } } } }'),
  ).toBe(1);
  expect(count('{ __typename }')).toBe(1);
  expect(count('mutation { a: deleteReport(documentId: "x") { title } }')).toBe(1);
});

it('page and offset together (which Strapi refuses) count one', () => {
  expect(count('{ reports(pagination: { page: 1, limit: 10 }) { title } }')).toBe(1);
});

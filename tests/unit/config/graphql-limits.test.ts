import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  Kind,
  parse,
  print,
  validate,
  buildSchema,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import { env } from '@strapi/utils';
import plugins from '../../../config/plugins';
import { GRAPHQL_LIMITS } from '../../../src/graphql/armor';

/**
 * The GraphQL endpoint's limits per request, as config/plugins.ts gives them to Apollo: at most
 * 20 aliases, 3,000 tokens, a cost of 5,000 and one page of items at the top level, each refused
 * with a 400 naming the limit; field suggestions hidden in production. The project's own queries
 * fit the aliases, tokens and cost twenty times over.
 */
type ApolloConfig = Pick<
  ConstructorParameters<typeof ApolloServer>[0],
  'plugins' | 'validationRules' | 'parseOptions' | 'allowBatchedHttpRequests'
>;

const apolloConfig = (nodeEnv: string): ApolloConfig => {
  const saved = { ...process.env };
  process.env.NODE_ENV = nodeEnv;
  try {
    const config = plugins({ env } as never) as unknown as {
      graphql: { config: { apolloServer: ApolloConfig } };
    };
    return config.graphql.config.apolloServer;
  } finally {
    process.env = saved;
  }
};

const typeDefs = /* GraphQL */ `
  input PaginationArg {
    page: Int
    pageSize: Int
    start: Int
    limit: Int
  }
  type Query {
    report(documentId: ID): Report
    reports(ids: [Int], pagination: PaginationArg): [Report]
  }
  type Report {
    documentId: ID
    title: String
    year: Int
    agency: Agency
  }
  type Agency {
    title: String
    reports: [Report]
  }
`;

const servers: ApolloServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.stop())));

const serve = async (nodeEnv = 'test') => {
  const {
    plugins: armorPlugins,
    validationRules,
    parseOptions,
    allowBatchedHttpRequests,
  } = apolloConfig(nodeEnv);
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { reports: () => [], report: () => null } },
    plugins: armorPlugins,
    validationRules,
    parseOptions,
    allowBatchedHttpRequests,
    status400ForVariableCoercionErrors: true,
  });
  await server.start();
  servers.push(server);
  return async (query: string) => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      context: async () => ({}),
    });
    const body = response.body.kind === 'complete' ? response.body.string : '';
    return {
      status: response.status ?? 200,
      messages: ((JSON.parse(body).errors ?? []) as Array<{ message: string }>).map(
        (error) => error.message,
      ),
    };
  };
};

const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: report { title }`).join(' ')} }`;

/** Reports → agency → reports … `depth` levels down, `width` fields at the bottom. */
const nested = (depth: number, width: number) => {
  let selection = Array.from({ length: width }, () => 'title').join(' ');
  for (let level = depth; level > 0; level -= 1)
    selection = level % 2 ? `agency { ${selection} }` : `reports { ${selection} }`;
  return `{ reports { ${selection} } }`;
};

describe('limits per request', () => {
  it(`${GRAPHQL_LIMITS.aliases} aliases pass; one more is a 400 naming the limit`, async () => {
    const post = await serve();
    expect(await post(aliases(20))).toEqual({ status: 200, messages: [] });
    const refused = await post(aliases(21));
    expect(refused.status).toBe(400);
    expect(refused.messages).toEqual([expect.stringMatching(/Aliases limit of 20 exceeded/)]);
  });

  it(`more than ${GRAPHQL_LIMITS.tokens} tokens is a 400, not a 500`, async () => {
    const post = await serve();
    // `{ reports ( ids : [`, `] ) { title } }` and the numbers between: the last is token 3,001.
    const fields = (count: number) => `{ reports(ids: [${'1 '.repeat(count)}]) { title } }`;
    expect(await post(fields(GRAPHQL_LIMITS.tokens - 12))).toEqual({ status: 200, messages: [] });
    const refused = await post(fields(GRAPHQL_LIMITS.tokens - 11));
    expect(refused.status).toBe(400);
    expect(refused.messages).toEqual([expect.stringMatching(/more th\w+ 3000 tokens/)]);
  });

  it(`a cost above ${GRAPHQL_LIMITS.cost} is a 400 naming the limit`, async () => {
    const post = await serve();
    expect(await post(nested(6, 100))).toEqual({ status: 200, messages: [] });
    const refused = await post(nested(9, 100));
    expect(refused.status).toBe(400);
    expect(refused.messages).toEqual([
      expect.stringMatching(/Cost limit of 5000 exceeded, found \d+/),
    ]);
  });

  it('field suggestions: hidden in production, shown elsewhere', async () => {
    const production = await serve('production');
    const [hidden] = (await production('{ reports { titel } }')).messages;
    expect(hidden).toMatch(/Cannot query field "titel"/);
    expect(hidden).not.toMatch(/title/);
    const development = await serve('development');
    expect((await development('{ reports { titel } }')).messages[0]).toMatch(
      /Did you mean "title"/,
    );
  });

  it('the top-level fields share one page of 100 items: beyond, a 400 naming the limit', async () => {
    const post = await serve();
    const lists = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: reports { title }`).join(' ')} }`;
    // Four default pages of 25.
    expect(await post(lists(4))).toEqual({ status: 200, messages: [] });
    const refused = await post(lists(5));
    expect(refused.status).toBe(400);
    expect(refused.messages).toEqual([
      expect.stringMatching(/at most 100 items at its top level.*up to 125/),
    ]);
    expect((await post('{ reports(pagination: { limit: 100 }) { title } }')).status).toBe(200);
  });

  it("armor's depth rule is off: depth is Strapi's depthLimit", async () => {
    const post = await serve();
    // Armor's own default would refuse more than 6 levels.
    expect(await post(nested(8, 1))).toEqual({ status: 200, messages: [] });
  });
});

/** The queries the project sends (tests, bench/, README), each as a front end would. */
const PROJECT_QUERIES = {
  // tests/integration/outputs/never-a-draft.test.ts, README "The report as printed"
  'labeled report': `query ($id: ID!) { annualReport(documentId: $id) { title tables { key number
    columns { key label group } rows { key number label level values } } } }`,
  // every field of ReportDocument: the most a portal can ask about one report
  'labeled report, every field': `query ($id: ID!) { annualReport(documentId: $id) { documentId
    title year format formatName preface issuedOn publishedAt contact
    agency { name level levelLabel region address postcode phone email website }
    sections { key number heading body tables }
    tables { key number title unit corner section proseOnly note
      columns { key label group kind unit } rows { key number label level heading values } } } }`,
  // tests/integration/outputs/never-a-draft.test.ts
  'labeled list': `{ annualReports(filters: { year: { eq: 2024 } }) { title tables { key } } }`,
  // tests/integration/check-endpoints.test.ts
  'report checks': `query($id: ID!, $status: PublicationStatus) {
    reportChecks(documentId: $id, status: $status) { errors warnings rulesVersion
      findings { rule severity path message { zhHans en } basis { zhHans en } expected actual } } }`,
  // tests/integration/public-api.test.ts
  reports: `{ reports { documentId title year format agency { name } sections { key number heading }
    tables { key unit cells } } }`,
  // bench/api/index.ts
  'full report': `query($id: ID!) { report(documentId: $id) {
    documentId title year format issuedOn agency { name level region address postcode phone }
    sections { key number heading body } tables { key title unit cells note } } }`,
  // tests/integration/security/draft-leaks.test.ts
  'agencies with reports': `{ agencies(status: DRAFT) { name reports { documentId publishedAt } } }`,
};

/** The query with its root fields asked `times` over under aliases. */
const repeated = (query: string, times: number) => {
  const document = parse(query);
  const [operation] = document.definitions as OperationDefinitionNode[];
  // Each query has one root field.
  const [field] = operation.selectionSet.selections as FieldNode[];
  const selections = Array.from(
    { length: times },
    (_, i): FieldNode => ({ ...field, alias: { kind: Kind.NAME, value: `copy${i}` } }),
  );
  return print({
    ...document,
    definitions: [{ ...operation, selectionSet: { ...operation.selectionSet, selections } }],
  });
};

it.each(Object.entries(PROJECT_QUERIES))(
  '%s: within the aliases, tokens and cost of one request even twenty times over',
  (_name, query) => {
    const { validationRules, parseOptions } = apolloConfig('production');
    const twenty = repeated(query, GRAPHQL_LIMITS.aliases);
    // Armor's rules alone: the project's schema is not needed to count aliases and cost.
    const schema = buildSchema('type Query { _: Int }');
    expect(validate(schema, parse(twenty, parseOptions), validationRules as never)).toEqual([]);
  },
);

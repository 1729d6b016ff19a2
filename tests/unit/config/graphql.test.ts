import { env } from '@strapi/utils';
import plugins from '../../../config/plugins';

/** GraphQL's self-description and playground are for development, unless a site says otherwise. */
const graphqlConfig = (vars: Record<string, string | undefined>) => {
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const config = plugins({ env } as never) as unknown as {
      graphql: { config: { landingPage: boolean; apolloServer: { introspection: boolean } } };
    };
    return config.graphql.config;
  } finally {
    process.env = saved;
  }
};

it('production: no introspection and no playground', () => {
  const config = graphqlConfig({
    NODE_ENV: 'production',
    GRAPHQL_INTROSPECTION: undefined,
    GRAPHQL_PLAYGROUND: undefined,
  });
  expect(config.apolloServer.introspection).toBe(false);
  expect(config.landingPage).toBe(false);
});

it('development: both on', () => {
  const config = graphqlConfig({
    NODE_ENV: 'development',
    GRAPHQL_INTROSPECTION: undefined,
    GRAPHQL_PLAYGROUND: undefined,
  });
  expect(config.apolloServer.introspection).toBe(true);
  expect(config.landingPage).toBe(true);
});

it('a site may switch introspection on in production', () => {
  const config = graphqlConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
  expect(config.apolloServer.introspection).toBe(true);
});

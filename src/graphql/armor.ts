import { mergeWith } from 'lodash';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { rootItemsPlugin, type PageLimits } from './root-items';

/**
 * What one GraphQL request may ask for (README "Limits per request"), besides one page of items at
 * its top level (root-items.ts). A front end's largest query, a whole labeled report, costs about
 * 120; 400 aliases once held the server for 3.2 s.
 */
export const GRAPHQL_LIMITS = { aliases: 20, tokens: 3000, cost: 5000 } as const;

const armorConfig = ({ production, ...pages }: { production: boolean } & PageLimits) => {
  const { plugins, validationRules, allowBatchedHttpRequests } = new ApolloArmor({
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost },
    // Apollo 4 answers an error thrown by armor's token plugin with a 500; graphql-js's own parser
    // counts tokens instead (parseOptions), and its refusal is a 400 syntax error.
    maxTokens: { enabled: false },
    // Strapi's depthLimit (config/plugins.ts) already bounds depth.
    maxDepth: { enabled: false },
    // Suggestions name fields of a schema production keeps to itself (no introspection there).
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: [...plugins, rootItemsPlugin(pages)],
    validationRules,
    allowBatchedHttpRequests,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
  };
};

/**
 * The GraphQL plugin's `apolloServer` config with graphql-armor's plugins and validation rules
 * appended (as Strapi appends them to its own), and one page of items for a request's top-level
 * fields together (root-items.ts): every refusal is a 400 naming the limit.
 */
export const withGraphqlLimits = <T extends object>(
  apolloServer: T,
  options: { production: boolean } & PageLimits,
) =>
  mergeWith({}, apolloServer, armorConfig(options), (ours: unknown, armor: unknown) =>
    Array.isArray(ours) && Array.isArray(armor) ? [...ours, ...armor] : undefined,
  );

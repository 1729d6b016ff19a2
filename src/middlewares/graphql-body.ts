import type { Core } from '@strapi/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bodyParser = require('koa-bodyparser') as (options?: object) => Core.MiddlewareHandler;

/**
 * Strapi's body middleware leaves the GraphQL endpoint to Apollo, which parses it later, inside the
 * route. Parsing it here, with the same parser and options Apollo uses (it then finds the body
 * parsed), lets the input guard check GraphQL variables and the response cache key anonymous
 * queries.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const endpoint = (strapi.config.get('plugin::graphql.endpoint') as string) ?? '/graphql';
  const options = strapi.config.get('plugin::graphql.apolloServer.bodyParserConfig');
  const parse = bodyParser(typeof options === 'object' && options !== null ? options : undefined);
  return async (ctx, next) => {
    if (ctx.path === endpoint && ctx.method === 'POST') return parse(ctx, next);
    return next();
  };
};

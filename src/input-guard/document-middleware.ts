import type { Modules } from '@strapi/strapi';
import { assertCleanInput } from './assert-clean-input';

/**
 * The same guard for writes that do not come as an HTTP body: GraphQL literals, scripts, imports.
 * It runs for every content type, before Strapi's validators and the database see the data.
 */
export const cleanWrites: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const params = context.params as { data?: unknown };
  if (params?.data !== undefined) assertCleanInput(params.data, []);
  return next();
};

import type { Core } from '@strapi/strapi';

/**
 * One feature of the plugin, in one folder (the content-manager's server/src/preview/ pattern):
 * its services, controllers, tables, middlewares and routes, and what it does at register,
 * bootstrap and destroy. The root index files only assemble slices.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: string;
  config?: Record<string, unknown>;
}

export interface Slice {
  services?: Record<string, (context: { strapi: Core.Strapi }) => unknown>;
  controllers?: Record<string, (context: { strapi: Core.Strapi }) => Core.Controller>;
  contentTypes?: Record<string, unknown>;
  middlewares?: Record<string, unknown>;
  policies?: Record<string, unknown>;
  adminRoutes?: Route[];
  contentApiRoutes?: Route[];
  register?(strapi: Core.Strapi): void;
  bootstrap?(strapi: Core.Strapi): Promise<void>;
  destroy?(strapi: Core.Strapi): Promise<void>;
}

/** Admin routes need a signed-in admin; each handler then checks that admin's rights. */
export const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

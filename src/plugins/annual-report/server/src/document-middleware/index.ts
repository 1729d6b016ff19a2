import type { Core, Modules } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { applyTemplate } from './apply-template';

type Middleware = Modules.Documents.Middleware.Middleware;

/**
 * The one place where report writes are intercepted, whatever the path (Content Manager, REST,
 * GraphQL, Document Service, import): a new report gets its template's sections and tables.
 */
export const reportDocumentMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== pluginConfig(strapi).contentType) {
      return next();
    }
    if (context.action === 'create') {
      applyTemplate(strapi, context.params as { data?: Record<string, unknown> });
    }
    return next();
  };

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createTemplateRegistry, type TemplateRegistry } from '../../../shared/templates/registry';
import type { Template } from '../../../shared/contracts/template';
import { pluginConfig } from '../plugin-config';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let registry: TemplateRegistry | undefined;
  const service = {
    registry(): TemplateRegistry {
      registry ??= createTemplateRegistry(pluginConfig(strapi).templates);
      return registry;
    },

    /** The template of a report's `format`, or a 400 naming the field. */
    forFormat(format: unknown, path: Array<string | number> = ['format']): Template {
      const template = typeof format === 'string' ? service.registry().get(format) : undefined;
      if (template) return template;
      const message =
        typeof format === 'string' && format !== ''
          ? `Unknown report format "${format}"; known formats: ${service.registry().keys().join(', ')}`
          : `A report format is required; known formats: ${service.registry().keys().join(', ')}`;
      throw new errors.ValidationError(message, {
        errors: [{ path, message, name: 'ValidationError' }],
      });
    },
  };
  return service;
};

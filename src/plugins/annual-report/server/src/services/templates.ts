import type { Core } from '@strapi/strapi';
import { createTemplateRegistry, type TemplateRegistry } from '../../../shared/templates/registry';
import { pluginConfig } from '../plugin-config';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let registry: TemplateRegistry | undefined;
  return {
    registry(): TemplateRegistry {
      registry ??= createTemplateRegistry(pluginConfig(strapi).templates);
      return registry;
    },
  };
};

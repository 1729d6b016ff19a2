import { createTemplateRegistry } from '../../../shared/templates/registry';

export interface PluginConfig {
  /** The app content type holding reports (the model lives in the app, see ARCHITECTURE.md). */
  contentType: string;
  agencyContentType: string;
  /** Site-defined templates, in the same shape as the built-in ones. */
  templates: unknown[];
}

export default {
  default: (): PluginConfig => ({
    contentType: 'api::report.report',
    agencyContentType: 'api::agency.agency',
    templates: [],
  }),
  validator(config: PluginConfig) {
    if (!Array.isArray(config.templates)) {
      throw new Error('annual-report config: templates must be an array');
    }
    // Throws with a message naming the bad entry, so a broken site template stops the boot.
    createTemplateRegistry(config.templates);
  },
};

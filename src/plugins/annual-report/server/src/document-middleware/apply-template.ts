import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { newReportFromTemplate } from '../../../shared/templates/new-report';
import type { TemplateRegistry } from '../../../shared/templates/registry';

const isEmpty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * Gives a report created without sections or tables those of its template (headings numbered,
 * every cell blank). Sections or tables the caller sent are kept as they are.
 */
export const applyTemplate = (strapi: Core.Strapi, params: { data?: Record<string, unknown> }) => {
  const data = params.data;
  if (!data || typeof data.format !== 'string') return;
  const registry: TemplateRegistry = strapi.plugin('annual-report').service('templates').registry();
  const template = registry.get(data.format);
  if (!template) {
    throw new errors.ValidationError(
      `Unknown report format "${data.format}"; known formats: ${registry.keys().join(', ')}`,
      { errors: [{ path: ['format'], message: `Unknown report format "${data.format}"`, name: 'ValidationError' }] }
    );
  }
  const blank = newReportFromTemplate(template, { year: Number(data.year) });
  if (isEmpty(data.sections)) data.sections = blank.sections;
  if (isEmpty(data.tables)) data.tables = blank.tables;
};

import { formatTemplate, needsSiteTemplates, type FormatTemplate } from './format-template';
import { ALL_TEMPLATES, fetchTemplates, siteTemplates } from './server-data';
import { useRemote } from './useRemote';

/**
 * The template of a format: built in, or the site's own from the server's registry, fetched once
 * and shared by the checks, the grids and the table headings.
 */
export function useTemplate(format: string): FormatTemplate {
  const site = useRemote(
    siteTemplates,
    needsSiteTemplates(format) ? ALL_TEMPLATES : null,
    fetchTemplates,
  );
  return formatTemplate(format, site);
}

import { builtInTemplates } from '../../../shared/templates/registry';
import type { Template } from '../../../shared/contracts/template';
import type { Remote } from './remote-cache';

/** The template of a report's format, as far as the admin knows it yet. */
export interface FormatTemplate {
  /** Null when no format is chosen, while the site's templates load, or when the format is unknown. */
  template: Template | null;
  /** True while the site's templates are on their way. */
  pending: boolean;
  /** The server's message when the site's templates could not be read. */
  problem: string | null;
}

const builtIn = (format: string) => builtInTemplates.find((template) => template.key === format);

/** Built-in templates are in the bundle; any other chosen format is looked up among the site's. */
export const needsSiteTemplates = (format: string): boolean =>
  format !== '' && builtIn(format) === undefined;

/** A built-in template, or else the site's one of that key once `site` (its registry) is read. */
export function formatTemplate(
  format: string,
  site: Remote<Template[]> | undefined,
): FormatTemplate {
  const template =
    builtIn(format) ??
    (site?.state === 'done'
      ? (site.value.find((candidate) => candidate.key === format) ?? null)
      : null);
  return {
    template,
    pending: needsSiteTemplates(format) && (!site || site.state === 'loading'),
    problem: site?.state === 'failed' ? site.error : null,
  };
}

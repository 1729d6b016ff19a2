import type { Template } from '../contracts/template';
import { cn2019 } from './cn-2019';
import { cn2021 } from './cn-2021';
import { gzLegacy } from './gz-legacy';
import { templateSchema } from './template-schema';

export const builtInTemplates: readonly Template[] = [gzLegacy, cn2019, cn2021];

export interface TemplateRegistry {
  get(key: string): Template | undefined;
  /** Like get, for callers that cannot go on without the template (a report's stored format). */
  require(key: string): Template;
  list(): Template[];
  keys(): string[];
}

/** Built-in templates plus the site's own, given as `templates` in the plugin config. */
export function createTemplateRegistry(custom: unknown[] = []): TemplateRegistry {
  const byKey = new Map(builtInTemplates.map((template) => [template.key, template]));
  const customOrigin = new Map<string, number>();

  custom.forEach((input, index) => {
    const template = parseCustomTemplate(input, index);
    const earlier = customOrigin.get(template.key);
    if (earlier !== undefined) {
      throw new Error(
        `${entryName(input, index)}: key: "${template.key}" is already used by templates[${earlier}]`,
      );
    }
    if (byKey.has(template.key)) {
      throw new Error(`${entryName(input, index)}: key: "${template.key}" is a built-in template`);
    }
    customOrigin.set(template.key, index);
    byKey.set(template.key, template);
  });

  return {
    get: (key) => byKey.get(key),
    require(key) {
      const template = byKey.get(key);
      if (!template) {
        throw new Error(
          `annual-report: unknown template "${key}"; known templates: ${[...byKey.keys()].join(', ')}`,
        );
      }
      return template;
    },
    list: () => [...byKey.values()],
    keys: () => [...byKey.keys()],
  };
}

function parseCustomTemplate(input: unknown, index: number): Template {
  const result = templateSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const at = formatPath(issue.path);
    return `${entryName(input, index)}: ${at ? `${at}: ` : ''}${issue.message}`;
  });
  throw new Error(lines.join('\n'));
}

/** `annual-report config: templates[0] (key "my-region-2018")`, as the site author wrote it. */
function entryName(input: unknown, index: number): string {
  const key =
    typeof input === 'object' && input !== null && 'key' in input && typeof input.key === 'string'
      ? ` (key "${input.key}")`
      : '';
  return `annual-report config: templates[${index}]${key}`;
}

/** ['tables', 1, 'rows', 3, 'key'] → tables[1].rows[3].key */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

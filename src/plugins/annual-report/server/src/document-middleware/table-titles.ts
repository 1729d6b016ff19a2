import { isPlainObject, keyBy } from 'lodash';
import type { Template } from '../../../shared/contracts/template';

/**
 * Titles each table of a write as its template prints it, whatever the client sent. The title is
 * the form's official caption: portals read it from the stored report and the outputs print it,
 * so a client must not replace it. A table the template does not have is left to the write schema,
 * which refuses it.
 */
export const applyTableTitles = (template: Template, data: Record<string, unknown>) => {
  if (!Array.isArray(data.tables)) return;
  const official = keyBy(template.tables, 'key');
  data.tables = data.tables.map((table: unknown) => {
    if (!isPlainObject(table)) return table;
    const entry = table as Record<string, unknown>;
    const layout = official[String(entry.key)];
    return layout ? { ...entry, title: layout.title } : entry;
  });
};

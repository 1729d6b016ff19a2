import { isPlainObject, keyBy } from 'lodash';
import type { Template } from '../../../shared/contracts/template';
import { numberedTitle } from '../../../shared/layout/numbered-title';
import { tableNumbers } from '../../../shared/layout/resolve';

/**
 * Titles each table of a write as its template prints it, whatever the client sent: its number
 * and the form's official caption (表三 收到和处理政府信息公开申请情况). Portals read it from the
 * stored report and the outputs print it, so a client must not replace it; the number tells the
 * table from the section of the same heading in the edit view's list. A table the template does
 * not have is left to the write schema, which refuses it.
 */
export const applyTableTitles = (template: Template, data: Record<string, unknown>) => {
  if (!Array.isArray(data.tables)) return;
  const official = keyBy(template.tables, 'key');
  const sections = Array.isArray(data.sections) ? data.sections.filter(isPlainObject) : [];
  const numbers = tableNumbers(template, sections as Array<Record<string, unknown>>);
  data.tables = data.tables.map((table: unknown) => {
    if (!isPlainObject(table)) return table;
    const entry = table as Record<string, unknown>;
    const layout = official[String(entry.key)];
    if (!layout) return entry;
    return { ...entry, title: numberedTitle(numbers.get(layout.key) ?? '', layout.title) };
  });
};

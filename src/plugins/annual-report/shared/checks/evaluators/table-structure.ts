import type { Finding } from '../../contracts/checks';
import type { Template } from '../../contracts/template';
import type { Check } from '../check';
import { findingOf } from '../finding-of';
import { VALUE_RULES } from '../value-rules';
import { isRecord } from '../../validation/plain-data';
import { say } from '../messages';
import type { Localized } from '../../contracts/text';

/**
 * V7, implied by the template: each of its tables appears once, and holds only its own rows and
 * columns. The rules read the first table of a key, so a second one (or a row the form does not
 * have) would otherwise be published unread.
 */

const v7 = findingOf(VALUE_RULES.V7);
const finding = (path: Finding['path'], message: Localized, actual: string): Finding =>
  v7({ path, message, actual });

export function compileTableStructure(template: Template): Check {
  const layouts = new Map(
    template.tables.map((table) => [
      table.key,
      {
        title: table.title,
        rows: new Set(table.rows.filter((row) => !row.heading).map((row) => row.key)),
        columns: new Set(table.columns.map((column) => column.key)),
      },
    ]),
  );

  return ({ view, findings }) => {
    const tables = Array.isArray(view.raw.tables) ? view.raw.tables : [];
    const seen = new Set<string>();
    tables.forEach((table: unknown, index: number) => {
      const key = isRecord(table) && typeof table.key === 'string' ? table.key : '';
      const layout = layouts.get(key);
      if (!layout) {
        findings.push(finding(['tables', index, 'key'], say('unknownTable', key), key));
        return;
      }
      if (seen.has(key)) {
        findings.push(finding(['tables', index, 'key'], say('repeatedTable', layout.title), key));
      }
      seen.add(key);
      const cells = (table as Record<string, unknown>).cells;
      if (!isRecord(cells)) return;
      for (const [row, values] of Object.entries(cells)) {
        if (!layout.rows.has(row)) {
          findings.push(
            finding(['tables', index, 'cells', row], say('unknownRow', layout.title, row), row),
          );
          continue;
        }
        if (!isRecord(values)) continue;
        for (const column of Object.keys(values)) {
          if (layout.columns.has(column)) continue;
          findings.push(
            finding(
              ['tables', index, 'cells', row, column],
              say('unknownColumn', layout.title, column),
              column,
            ),
          );
        }
      }
    });
  };
}

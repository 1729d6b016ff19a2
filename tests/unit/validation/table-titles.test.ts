import { applyTableTitles } from '../../../src/plugins/annual-report/server/src/document-middleware/table-titles';
import { cn2021, gzLegacy } from '../../../src/plugins/annual-report/shared';
import { resolveReport } from '../../../src/plugins/annual-report/shared/layout/resolve';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';

const official = (key: string) => cn2021.tables.find((table) => table.key === key)!.title;

it('titles every table with its number and the template’s caption, whatever the client sent', () => {
  const data: Record<string, unknown> = {
    tables: [
      { key: 'applications', title: '伪造的标题', cells: {} },
      { key: 'appeals', cells: {} },
      { key: 'active-rules', title: null },
    ],
  };
  applyTableTitles(cn2021, data);
  expect(data.tables).toEqual([
    { key: 'applications', title: `表三 ${official('applications')}`, cells: {} },
    { key: 'appeals', title: `表四 ${official('appeals')}`, cells: {} },
    { key: 'active-rules', title: `表二 ${official('active-rules')}` },
  ]);
});

it('a gz-legacy annex table is numbered as the seed prints it (附表1…)', () => {
  const data: Record<string, unknown> = { tables: [{ key: gzLegacy.tables[0].key }] };
  applyTableTitles(gzLegacy, data);
  const [table] = data.tables as Array<{ title: string }>;
  expect(table.title).toMatch(/^(附表\d|表[一二三四五六七八九十]+) \S/);
  expect(table.title.endsWith(gzLegacy.tables[0].title)).toBe(true);
});

it('the labeled document prints the number apart, not twice', () => {
  const data: Record<string, unknown> = { tables: [{ key: 'appeals', cells: {} }] };
  applyTableTitles(cn2021, data);
  const document = resolveReport({ format: 'cn-2021', tables: data.tables } as ReportData, cn2021);
  const appeals = document.tables.find((table) => table.key === 'appeals')!;
  expect(appeals).toMatchObject({ number: '表四', title: official('appeals') });
});

it('leaves a write without tables, and tables the template does not have, to the schema', () => {
  const none: Record<string, unknown> = { title: 'x' };
  applyTableTitles(cn2021, none);
  expect(none).toEqual({ title: 'x' });
  const unknown: Record<string, unknown> = { tables: [{ key: 'nope', title: 'x' }, 'x'] };
  applyTableTitles(cn2021, unknown);
  expect(unknown.tables).toEqual([{ key: 'nope', title: 'x' }, 'x']);
});

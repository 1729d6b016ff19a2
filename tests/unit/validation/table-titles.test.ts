import { applyTableTitles } from '../../../src/plugins/annual-report/server/src/document-middleware/table-titles';
import { cn2021 } from '../../../src/plugins/annual-report/shared';

const official = (key: string) => cn2021.tables.find((table) => table.key === key)!.title;

it('titles every table as the template prints it, whatever the client sent', () => {
  const data: Record<string, unknown> = {
    tables: [
      { key: 'applications', title: '伪造的标题', cells: {} },
      { key: 'appeals', cells: {} },
      { key: 'active-rules', title: null },
    ],
  };
  applyTableTitles(cn2021, data);
  expect(data.tables).toEqual([
    { key: 'applications', title: official('applications'), cells: {} },
    { key: 'appeals', title: official('appeals'), cells: {} },
    { key: 'active-rules', title: official('active-rules') },
  ]);
});

it('leaves a write without tables, and tables the template does not have, to the schema', () => {
  const none: Record<string, unknown> = { title: 'x' };
  applyTableTitles(cn2021, none);
  expect(none).toEqual({ title: 'x' });
  const unknown: Record<string, unknown> = { tables: [{ key: 'nope', title: 'x' }, 'x'] };
  applyTableTitles(cn2021, unknown);
  expect(unknown.tables).toEqual([{ key: 'nope', title: 'x' }, 'x']);
});

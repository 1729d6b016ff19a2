import { readFileSync } from 'fs';
import { join } from 'path';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates';
import type { TemplateTable } from '../../../src/plugins/annual-report/shared/templates';

/**
 * The official 2021 blank form, as text: cells are separated by "\n | ", paragraphs by blank lines.
 * Only whitespace inside a cell is dropped (the form wraps "商业\n企业"); everything else must match
 * the template character for character.
 */
const form = readFileSync(join(__dirname, '../../fixtures/template-2021-blank.txt'), 'utf8');
const cells = form
  .split(/\n \| |\n{2,}/)
  .map((cell) => cell.replace(/\s/g, ''))
  .filter((cell) => cell !== '');

function sectionTitle(key: string): string {
  const section = cn2021.sections.find((candidate) => candidate.key === key);
  if (!section) throw new Error(`cn-2021 has no section "${key}"`);
  return `${section.number}、${section.heading}`;
}

/** The form's cells after a section heading, up to the heading given (which may share its cell). */
function cellsBetween(fromSection: string, toSection: string): string[] {
  const start = cells.indexOf(sectionTitle(fromSection));
  const end = cells.findIndex((cell) => cell.startsWith(sectionTitle(toSection)));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return cells.slice(start + 1, end);
}

function table(key: string): TemplateTable {
  const found = cn2021.tables.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`cn-2021 has no table "${key}"`);
  return found;
}

const numbered = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;

describe('cn-2021 labels against the official blank form', () => {
  it('prints the six section headings in order', () => {
    const flat = form.replace(/\s/g, '');
    const positions = cn2021.sections.map((section) =>
      flat.indexOf(`${section.number}、${section.heading}`),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('table 二: every block has the printed title, corner, columns and rows, in order', () => {
    const region = cellsBetween('active', 'applications');
    const printedBlocks: string[][] = [];
    for (const cell of region) {
      if (/^第二十条第（.+）项$/.test(cell)) printedBlocks.push([]);
      printedBlocks[printedBlocks.length - 1].push(cell);
    }
    const templateBlocks = cn2021.tables
      .filter((candidate) => candidate.section === 'active')
      .map((block) => [
        block.title,
        block.corner,
        ...block.columns.map((column) => column.label),
        ...block.rows.map((row) => row.label),
      ]);
    expect(templateBlocks).toEqual(printedBlocks);
  });

  it('table 三: every row label is printed, in the printed order, and none is missing', () => {
    const region = cellsBetween('applications', 'appeals');
    const printedRows = region.filter((cell) => numbered.test(cell));
    expect(table('applications').rows.map((row) => row.label)).toEqual(printedRows);
  });

  it('table 三: the header holds exactly the corner note, the groups and the column labels', () => {
    const applications = table('applications');
    const header = cellsBetween('applications', 'appeals').filter((cell) => !numbered.test(cell));
    const labels = new Set([
      applications.corner,
      ...applications.columns.flatMap((column) => [...(column.groups ?? []), column.label]),
    ]);
    expect(labels).toEqual(new Set(header));
  });

  it('table 四: the header holds exactly the groups and the fifteen column labels, in order', () => {
    const appeals = table('appeals');
    const region = cellsBetween('appeals', 'problems');
    const groups = appeals.columns.flatMap((column) => column.groups ?? []);
    const columnLabels = appeals.columns.map((column) => column.label);
    expect(new Set([...groups, ...columnLabels])).toEqual(new Set(region));
    expect(columnLabels).toEqual(region.filter((cell) => columnLabels.includes(cell)));
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import { Converter } from 'opencc-js';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates';

/**
 * The template is checked against the seed itself (海珠区政务管理办公室 2018): its pinyin stripped
 * (tone-marked readings, docs/architecture.md "Text defects") and converted to Simplified.
 */
const TONED_PINYIN =
  /([\u3400-\u9FFF\uF900-\uFAFF])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;
const toSimplified = Converter({ from: 't', to: 'cn' });
const raw = readFileSync(join(__dirname, '../../fixtures/sources/haizhu-2018.txt'), 'utf8');
const lines = toSimplified(raw.replace(TONED_PINYIN, '$1')).split('\n');

const cellsOf = (line: string) =>
  line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');

/** 附表N, then "title 单位:unit", then "corner | column |", then one "label | value |" per row. */
function printedAnnexes() {
  const starts = lines.flatMap((line, i) => (/^附表\d+$/.test(line.trim()) ? [i] : []));
  return starts.map((start, n) => {
    const [caption, header, ...rows] = lines.slice(start + 1, starts[n + 1] ?? lines.length);
    const [, title, unit] = /^(.+?) 单位:(.+)$/.exec(caption.trim()) ?? [];
    const [corner, ...columns] = cellsOf(header);
    return { title, unit, corner, columns, rows: rows.map((row) => cellsOf(row)[0]) };
  });
}

const sectionLines = lines.filter((line) => /^[一二三四五六七八九十]+、/.test(line));

describe('gz-legacy labels against the seed', () => {
  it("has the seed's seven parts, in order", () => {
    expect(gzLegacy.sections.map((section) => `${section.number}、${section.heading}`)).toEqual(
      sectionLines.map((line) => line.trim()),
    );
  });

  it("prints 附表1–3 with the seed's titles, units, header and row labels", () => {
    const annexes = gzLegacy.tables
      .filter((table) => table.section === 'annex')
      .map((table) => ({
        title: table.title,
        unit: table.unit,
        corner: table.corner,
        columns: table.columns.map((column) => column.label),
        rows: table.rows.map((row) => row.label),
      }));
    const printed = printedAnnexes();
    expect(printed).toHaveLength(3);
    expect(annexes).toEqual(printed);
  });

  it('keeps the figures stated only in the prose of 二 under labels the prose uses', () => {
    const start = lines.findIndex((line) => line.startsWith('二、'));
    const end = lines.findIndex((line) => line.startsWith('三、'));
    const prose = lines.slice(start + 1, end).join('\n');
    const proseOnly = gzLegacy.tables.filter((table) => table.proseOnly);
    expect(proseOnly.map((table) => table.key)).toEqual(['channels', 'responses']);
    expect(proseOnly.map((table) => table.section)).toEqual(['active', 'active']);
    const missing = proseOnly
      .flatMap((table) => table.rows)
      .filter((row) => !prose.includes(row.label))
      .map((row) => row.label);
    expect(missing).toEqual([]);
  });

  it('applies to reports up to 2018', () => {
    expect(gzLegacy.years).toEqual({ to: 2018 });
  });
});

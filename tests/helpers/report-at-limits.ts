import {
  cn2021,
  newReportFromTemplate,
  Contracts,
  type Blocks,
} from '../../src/plugins/annual-report/shared';
import type { PlainReport } from '../../src/api/report/document-input';

const { REPORT_LIMITS: LIMITS } = Contracts;

/** Chinese text of exactly `length` characters (3 bytes each in UTF-8), in sentences. */
export const chineseText = (length: number) => {
  const sentence = '本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作。';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
};

/** Rich text whose JSON is exactly `size` characters. */
export const blocksOfSize = (size: number): Blocks => {
  const of = (text: string): Blocks => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  return of(chineseText(size - JSON.stringify(of('')).length));
};

/** An imported original whose JSON is exactly `size` characters. */
const sourceOfSize = (size: number) => {
  const of = (text: string) => ({ name: 'imported.docx', text });
  return of(chineseText(size - JSON.stringify(of('')).length));
};

/**
 * A cn-2021 report with every field at its documented limit (REPORT_LIMITS): the largest report a
 * site may save. The format's tables each appear once, with text in every cell.
 */
export function reportAtLimits(): PlainReport {
  const base = newReportFromTemplate(cn2021, { year: 2024 });
  const body = blocksOfSize(LIMITS.blocksSize);
  return {
    ...base,
    title: chineseText(LIMITS.title),
    preface: body,
    issuedOn: '2025-01-20',
    sections: Array.from({ length: LIMITS.sections }, (_, index) => ({
      key: `part-${index}-`.padEnd(LIMITS.key, 'x'),
      number: chineseText(LIMITS.sectionNumber),
      heading: chineseText(LIMITS.heading),
      body,
    })),
    tables: base.tables.map((table) => ({
      ...table,
      title: chineseText(LIMITS.tableTitle),
      unit: chineseText(LIMITS.unit),
      note: chineseText(LIMITS.note),
      cells: Object.fromEntries(
        Object.entries(table.cells).map(([row, columns]) => [
          row,
          Object.fromEntries(
            Object.keys(columns).map((column) => [column, chineseText(LIMITS.cellText)]),
          ),
        ]),
      ) as never,
    })),
    source: sourceOfSize(LIMITS.sourceSize),
  } as PlainReport;
}

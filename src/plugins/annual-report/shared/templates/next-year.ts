import type { ReportData } from '../contracts/report';
import type { RelationRule, Term } from '../contracts/rules';
import { newReportFromTemplate, type NewReport } from './new-report';
import type { Template } from '../contracts/template';
import { carriedPreface } from '../next-year/preface';

/** The format a report of `year` is written in: the previous one's while it still applies. */
export function formatForYear(
  previousFormat: string,
  year: number,
  templates: readonly Template[],
): Template | undefined {
  const applies = (template: Template) =>
    (template.years?.from ?? -Infinity) <= year && year <= (template.years?.to ?? Infinity);
  const same = templates.find((template) => template.key === previousFormat);
  return same && applies(same) ? same : (templates.find(applies) ?? same);
}

const bind = (term: Term, row: string, column: string): Term => ({
  ...term,
  row: term.row === '$row' ? row : term.row,
  column: term.column === '$col' ? column : term.column,
});

/**
 * Next year's draft from an agency's report: the preface's standing sentences (basis, period,
 * contact) with the year advanced (next-year-preface.ts), the same section headings with empty
 * bodies — last year's text is shown beside the editor as a reference, not copied —, every
 * cell blank except those the format derives from last year — the left cell of an equality whose
 * other side reads last year's report (T3-4: 二、上年结转 = last year's 四、结转下年度继续办理;
 * T2-2: 现行有效件数 = last year's + 制发 − 废止, prefilled with last year's, to which the
 * editor adds this year's changes). Keys are shared across formats, so a 2019 report seeds 2021.
 */
export function nextYearReport(previous: ReportData, template: Template): NewReport {
  const year = previous.year + 1;
  const draft: NewReport = {
    ...newReportFromTemplate(template, { year, agencyName: previous.agency?.name }),
    preface: carriedPreface(previous.preface, previous.year),
  };
  const headings = new Map(
    (previous.sections ?? []).map((section) => [section.key, section.heading]),
  );
  for (const section of draft.sections)
    section.heading = headings.get(section.key) ?? section.heading;

  const lastYear = (term: Term): number | null => {
    const value = previous.tables?.find((table) => table.key === term.table)?.cells?.[term.row]?.[
      term.column
    ];
    return typeof value === 'number' ? value * (term.sign ?? 1) : null;
  };
  const relations = template.rules.filter(
    (rule): rule is RelationRule =>
      rule.kind === 'relation' &&
      rule.op === '=' &&
      rule.left.length === 1 &&
      !rule.left[0].previousYear &&
      rule.right.some((term) => term.previousYear),
  );
  for (const rule of relations) {
    for (const row of rule.each?.rows ?? ['']) {
      for (const column of rule.each?.columns ?? ['']) {
        const target = bind(rule.left[0], row, column);
        const values = rule.right
          .filter((term) => term.previousYear)
          .map((term) => lastYear(bind(term, row, column)));
        if (values.some((value) => value === null)) continue;
        const cells = draft.tables.find((table) => table.key === target.table)?.cells;
        if (cells?.[target.row] && target.column in cells[target.row])
          cells[target.row][target.column] = (values as number[]).reduce((a, b) => a + b, 0);
      }
    }
  }
  return draft;
}

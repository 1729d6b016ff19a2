import type { Finding } from '../../src/plugins/annual-report/shared/contracts/checks';
import type { ReportData } from '../../src/plugins/annual-report/shared/contracts/report';
import type { RelationRule, Term } from '../../src/plugins/annual-report/shared/contracts/rules';
import { newReportFromTemplate } from '../../src/plugins/annual-report/shared/templates/new-report';
import type { Template } from '../../src/plugins/annual-report/shared/contracts/template';
import { paragraphs } from '../../src/demo/blocks';

/**
 * Reports for rule tests: every cell filled and every rule satisfied, so that breaking one cell
 * shows exactly the findings that cell causes.
 */

/** Starting values by table and row; every other cell starts at 1 (money 1.25, 本年增/减 −2). */
type Seeds = Record<string, Record<string, number>>;

/** Values that keep the format's inequalities and carry-overs non-negative once totals are solved. */
const SEEDS: Record<string, Seeds> = {
  // 结转下年度 = 新收 + 上年结转 − 总计 must stay ≥ 0.
  'cn-2019': { applications: { new: 30 } },
  'cn-2021': { applications: { new: 30 } },
  // L2: the four channels add up to the 21 of 附表1; L6: 10 applications, 8 replies.
  'gz-legacy': {
    'annex-1': {
      organization: 3,
      'department-documents': 3,
      news: 3,
      'law-enforcement': 3,
      'service-guides': 3,
      budgets: 3,
      other: 3,
    },
    channels: { gazette: 0, website: 10, 'weibo-wechat': 6, media: 5 },
    responses: { hotspots: 2 },
    'annex-2': { online: 2, letter: 2, 'in-person': 2, fax: 2, 'other-channel': 2 },
  },
};

const AGENCY_NAME = '测试市人民政府';

/** Sentences that cover what R2 asks of 一 and 六 in the 2021 format. */
export const COVERAGE: Record<string, string[]> = {
  overview: ['扎实做好主动公开、依申请公开、政府信息管理、平台建设和监督保障各项工作。'],
  other: ['本年度未收取信息处理费。'],
};

type Cells = ReportData['tables'][number]['cells'];

function cellsByTable(report: ReportData): Map<string, Cells> {
  return new Map(report.tables.map((table) => [table.key, table.cells]));
}

function read(tables: Map<string, Cells>, term: Term, row: string, column: string): number {
  const value = tables.get(term.table)?.[term.row === '$row' ? row : term.row]?.[
    term.column === '$col' ? column : term.column
  ];
  return (term.sign ?? 1) * (value ?? 0);
}

/** Sets each `=` relation's left[0] from its other terms, until nothing changes. */
function solve(template: Template, tables: Map<string, Cells>): void {
  const relations = template.rules.filter(
    (rule): rule is RelationRule =>
      rule.kind === 'relation' &&
      rule.op === '=' &&
      rule.severity === 'error' &&
      ![...rule.left, ...rule.right].some((term) => term.previousYear),
  );
  for (let pass = 0, changed = true; changed && pass < 10; pass += 1) {
    changed = false;
    for (const rule of relations) {
      for (const row of rule.each?.rows ?? ['']) {
        for (const column of rule.each?.columns ?? ['']) {
          const [target, ...others] = rule.left;
          const value =
            rule.right.reduce((sum, term) => sum + read(tables, term, row, column), 0) -
            others.reduce((sum, term) => sum + read(tables, term, row, column), 0);
          const cells = tables.get(target.table)!;
          const rowKey = target.row === '$row' ? row : target.row;
          const columnKey = target.column === '$col' ? column : target.column;
          if (cells[rowKey][columnKey] !== value) {
            cells[rowKey][columnKey] = Math.round(value * 1e6) / 1e6;
            changed = true;
          }
        }
      }
    }
  }
}

/** A report of the template that gives no finding: cells filled and consistent, prose without figures. */
export function filledReport(template: Template, year = 2023): ReportData {
  const report: ReportData = {
    ...newReportFromTemplate(template, { year, agencyName: AGENCY_NAME }),
    agency: { name: AGENCY_NAME, level: 'prefecture' },
    issuedOn: `${year + 1}-01-20`,
    preface: paragraphs([
      `本报告所列数据统计期限自${year}年1月1日至${year}年12月31日。如对本报告有疑问，请与测试市人民政府办公室联系（地址：测试市人民路1号，邮编：100000，电话：010-12345678）。`,
    ]),
  };
  report.sections = report.sections.map((section, index) => ({
    ...section,
    body: paragraphs([
      index === 0
        ? `${year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。`
        : `${section.heading}见本部分。`,
      // What R2 asks the 2021 format to cover.
      ...(COVERAGE[section.key] ?? []),
    ]),
  }));
  const seeds = SEEDS[template.key] ?? {};
  for (const layout of template.tables) {
    const table = report.tables.find((candidate) => candidate.key === layout.key)!;
    for (const row of layout.rows) {
      if (row.heading) continue;
      for (const column of layout.columns) {
        const kind = row.kind ?? column.kind ?? 'count';
        const seeded = seeds[layout.key]?.[row.key];
        table.cells[row.key][column.key] =
          seeded ?? (kind === 'money' ? 1.25 : kind === 'delta' ? -2 : 1);
      }
    }
  }
  solve(template, cellsByTable(report));
  return report;
}

/**
 * The same agency's report a year earlier, with the figures the cross-year rules expect (each
 * rule's previous-year cell solved from this year's) and prose of its own, so that C1 stays quiet
 * unless a test wants it.
 */
export function previousYearOf(report: ReportData, template: Template): ReportData {
  const previous = clone(report);
  previous.year = report.year - 1;
  previous.title = report.title.replace(String(report.year), String(previous.year));
  previous.sections = previous.sections.map((section) => ({
    ...section,
    body: paragraphs([
      `${previous.year}年，${section.heading}方面以上一年度为基础继续推进，另有不同表述。`,
    ]),
  }));
  const current = cellsByTable(report);
  const before = cellsByTable(previous);
  for (const rule of template.rules) {
    if (rule.kind !== 'relation') continue;
    const unknown = rule.right.find((term) => term.previousYear);
    if (!unknown) continue;
    for (const row of rule.each?.rows ?? ['']) {
      for (const column of rule.each?.columns ?? ['']) {
        const known = rule.right.filter((term) => term !== unknown);
        const value =
          rule.left.reduce((sum, term) => sum + read(current, term, row, column), 0) -
          known.reduce((sum, term) => sum + read(current, term, row, column), 0);
        const rowKey = unknown.row === '$row' ? row : unknown.row;
        const columnKey = unknown.column === '$col' ? column : unknown.column;
        before.get(unknown.table)![rowKey][columnKey] = value;
      }
    }
  }
  return previous;
}

/** Where a table sits in report.tables (finding paths index into it). */
export function tableIndex(report: ReportData, key: string): number {
  return report.tables.findIndex((table) => table.key === key);
}

export function cells(report: ReportData, key: string): Cells {
  return report.tables[tableIndex(report, key)].cells;
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Findings reduced to what the tests assert: rule, severity, path, expected, actual. */
export function brief(findings: Finding[]) {
  return findings.map(({ rule, severity, path, expected, actual }) => ({
    rule,
    severity,
    path,
    expected,
    actual,
  }));
}

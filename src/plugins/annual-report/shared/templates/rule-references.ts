import type { ProseVocabulary, RelationRule, Rule, Term } from '../contracts/rules';
import type { IssueSink, Path } from './reference-issues';
import type { Template, TemplateTable } from '../contracts/template';

/** References from one rule to the template's tables, rows, columns and sections. */

const EACH_ROW = '$row';
const EACH_COLUMN = '$col';

/** What a relation rule's `each` offers its terms, and the tables whose terms used it. */
interface Placeholders {
  each: NonNullable<RelationRule['each']>;
  rows: Set<TemplateTable>;
  columns: Set<TemplateTable>;
}

export function checkRuleReferences(
  rule: Rule,
  path: Path,
  template: Template,
  report: IssueSink,
): void {
  const tables = new Map(template.tables.map((table) => [table.key, table]));
  const sectionKeys = new Set(template.sections.map((section) => section.key));
  const checkSections = (keys: string[] | undefined, at: Path) =>
    keys?.forEach((key, k) => {
      if (!sectionKeys.has(key)) report([...at, k], `unknown section "${key}"`);
    });

  switch (rule.kind) {
    case 'relation':
      checkRelation(rule, path, tables, report);
      break;
    case 'prose':
      if (rule.vocabulary) checkVocabulary(rule.vocabulary, [...path, 'vocabulary'], report);
      rule.vocabulary?.concepts.forEach((concept, c) =>
        concept.readings?.forEach((reading, r) =>
          reading.forEach((term, t) =>
            checkTerm(
              term,
              [...path, 'vocabulary', 'concepts', c, 'readings', r, t],
              tables,
              report,
            ),
          ),
        ),
      );
      rule.phrases?.forEach((phrase, p) => {
        const at = [...path, 'phrases', p];
        checkSections(phrase.sections, [...at, 'sections']);
        phrase.values.forEach((value, v) => {
          const terms = (list: Term[], where: Path) =>
            list.forEach((term, t) =>
              checkTerm(term, [...at, 'values', v, ...where, t], tables, report),
            );
          if ('percent' in value) {
            terms(value.percent.part, ['percent', 'part']);
            terms(value.percent.whole, ['percent', 'whole']);
          } else {
            terms(value.sum, ['sum']);
            value.orSum?.forEach((reading, o) => terms(reading, ['orSum', o]));
          }
        });
      });
      break;
    case 'year':
      checkSections(rule.openers, [...path, 'openers']);
      break;
    case 'coverage':
      if (!sectionKeys.has(rule.section))
        report([...path, 'section'], `unknown section "${rule.section}"`);
      break;
    default:
      // sections, content, deadline, similarity, contact: nothing in the template to point at.
      break;
  }
}

/** Concept ids the vocabulary refers to (shares, groups) must be its own. */
function checkVocabulary(vocabulary: ProseVocabulary, path: Path, report: IssueSink): void {
  const ids = new Set(vocabulary.concepts.map((concept) => concept.id));
  vocabulary.concepts.forEach((concept, c) => {
    if (concept.shareOf !== undefined && !ids.has(concept.shareOf)) {
      report([...path, 'concepts', c, 'shareOf'], `unknown concept "${concept.shareOf}"`);
    }
  });
  vocabulary.groups?.forEach((group, g) => {
    if (!ids.has(group)) report([...path, 'groups', g], `unknown concept "${group}"`);
  });
}

function checkRelation(
  rule: RelationRule,
  path: Path,
  tables: Map<string, TemplateTable>,
  report: IssueSink,
): void {
  const placeholders: Placeholders = { each: rule.each ?? {}, rows: new Set(), columns: new Set() };
  rule.left.forEach((term, i) =>
    checkTerm(term, [...path, 'left', i], tables, report, placeholders),
  );
  rule.right.forEach((term, i) =>
    checkTerm(term, [...path, 'right', i], tables, report, placeholders),
  );

  // each.rows / each.columns replace the placeholders: they must exist in every table using one.
  rule.each?.rows?.forEach((key, k) =>
    placeholders.rows.forEach((table) =>
      reportProblem(rowProblem(table, key), [...path, 'each', 'rows', k], report),
    ),
  );
  rule.each?.columns?.forEach((key, k) =>
    placeholders.columns.forEach((table) =>
      reportProblem(columnProblem(table, key), [...path, 'each', 'columns', k], report),
    ),
  );
}

function checkTerm(
  term: Term,
  at: Path,
  tables: Map<string, TemplateTable>,
  report: IssueSink,
  placeholders?: Placeholders,
): void {
  const table = tables.get(term.table);
  if (!table) {
    report([...at, 'table'], `unknown table "${term.table}"`);
    return;
  }
  if (term.row !== EACH_ROW) {
    reportProblem(rowProblem(table, term.row), [...at, 'row'], report);
  } else if (placeholders?.each.rows?.length) {
    placeholders.rows.add(table);
  } else {
    report([...at, 'row'], `"${EACH_ROW}" is only allowed in a relation rule with each.rows`);
  }
  if (term.column !== EACH_COLUMN) {
    reportProblem(columnProblem(table, term.column), [...at, 'column'], report);
  } else if (placeholders?.each.columns?.length) {
    placeholders.columns.add(table);
  } else {
    report(
      [...at, 'column'],
      `"${EACH_COLUMN}" is only allowed in a relation rule with each.columns`,
    );
  }
}

function rowProblem(table: TemplateTable, key: string): string | undefined {
  const row = table.rows.find((candidate) => candidate.key === key);
  if (!row) return `unknown row "${key}" in table "${table.key}"`;
  if (row.heading) return `row "${key}" of table "${table.key}" is a heading and has no cells`;
  return undefined;
}

function columnProblem(table: TemplateTable, key: string): string | undefined {
  if (table.columns.some((column) => column.key === key)) return undefined;
  return `unknown column "${key}" in table "${table.key}"`;
}

function reportProblem(problem: string | undefined, path: Path, report: IssueSink): void {
  if (problem) report(path, problem);
}

import { errors } from '@strapi/utils';
import { listedFindings, type Finding, type FindingPath } from '../../../shared/contracts/checks';

/**
 * The Content Manager marks a form field by the dotted path of each error, so a cell's finding
 * points at its table's `cells` field and names the cell in `cell`.
 */
const fieldPath = (path: FindingPath): FindingPath =>
  path[0] === 'tables' || path[0] === 'sections' ? path.slice(0, 3) : path.slice(0, 1);

/** The admin's interface language, when the server knows it (admin-language.ts). */
export type RefusalLanguage = 'zh-Hans' | 'en' | undefined;

const refusal = (count: number, language: RefusalLanguage) => {
  const zh = `发布被拒绝：报告有 ${count} 项错误`;
  const en = `Publication refused: ${count} error(s) in the report`;
  if (language === 'zh-Hans') return zh;
  if (language === 'en') return en;
  return `${zh} (${en})`;
};

/**
 * The error that refuses a publication with errors: in the editor's language when it is known,
 * in both otherwise (the interface language may live in the browser only).
 */
export const publicationRefused = (findings: Finding[], language?: RefusalLanguage) => {
  const blocking = findings.filter((finding) => finding.severity === 'error');
  if (blocking.length === 0) return null;
  // Counted as the panel lists them: a table's blank cells are one error.
  const count = listedFindings(blocking).length;
  return new errors.ValidationError(refusal(count, language), {
    errors: blocking.map((finding) => ({
      path: fieldPath(finding.path),
      message: finding.message[language ?? 'zh-Hans'],
      name: 'ValidationError',
      rule: finding.rule,
      findingPath: finding.path,
      messages: finding.message,
      expected: finding.expected,
      actual: finding.actual,
      ...(finding.cells ? { cells: finding.cells } : {}),
    })),
  });
};

import { errors } from '@strapi/utils';
import { isGroup, type Finding, type FindingPath } from '../../../shared/contracts/checks';

/**
 * The Content Manager marks a form field by the dotted path of each error, so a cell's finding
 * points at its table's `cells` field and names the cell in `cell`.
 */
const fieldPath = (path: FindingPath): FindingPath =>
  path[0] === 'tables' || path[0] === 'sections' ? path.slice(0, 3) : path.slice(0, 1);

export const publicationRefused = (findings: Finding[]) => {
  const blocking = findings.filter((finding) => finding.severity === 'error');
  if (blocking.length === 0) return null;
  // A group (a table's blank cells) is listed for display but counted by its members only.
  const count = blocking.filter((finding) => !isGroup(finding)).length;
  return new errors.ValidationError(
    `发布被拒绝：报告有 ${count} 项错误 (publication refused: ${count} error(s) in the report)`,
    {
      errors: blocking.map((finding) => ({
        path: fieldPath(finding.path),
        message: finding.message['zh-Hans'],
        name: 'ValidationError',
        rule: finding.rule,
        findingPath: finding.path,
        messages: finding.message,
        expected: finding.expected,
        actual: finding.actual,
        ...(finding.cells ? { cells: finding.cells } : {}),
      })),
    },
  );
};

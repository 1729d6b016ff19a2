import { newReportFromTemplate } from '../../../shared/templates/new-report';
import type { Template } from '../../../shared/contracts/template';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * Gives a report created without sections or tables those of its template (headings numbered,
 * every cell blank). Sections or tables the caller sent are kept as they are.
 */
export const applyTemplate = (template: Template, data: Record<string, unknown>) => {
  const blank = newReportFromTemplate(template, { year: Number(data.year) });
  if (isEmpty(data.sections)) data.sections = blank.sections;
  if (isEmpty(data.tables)) data.tables = blank.tables;
};

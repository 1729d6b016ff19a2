import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, type AgencyLevel } from '../../contracts/report';
import type { Check } from '../check';
import type { DeadlineRule, MonthDay } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/** D1: published by the due day of the year after the report year (which day depends on the agency). */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function agencyLevel(agency: unknown): AgencyLevel | undefined {
  if (typeof agency !== 'object' || agency === null) return undefined;
  const level = (agency as { level?: unknown }).level;
  return AGENCY_LEVELS.find((known) => known === level);
}

export function compileDeadline(rule: DeadlineRule): Check {
  const finding = findingOf(rule);
  return ({ view, findings, published }) => {
    const year = view.year;
    const issuedOn = view.raw.issuedOn;
    if (published && rule.dateRequired && (typeof issuedOn !== 'string' || issuedOn === '')) {
      findings.push(
        finding({
          severity: 'warning',
          path: ['issuedOn'],
          message: say('noIssuedOn'),
          actual: null,
        }),
      );
      return;
    }
    if (year === undefined || typeof issuedOn !== 'string') return;
    const issued = ISO_DATE.exec(issuedOn)?.[0];
    if (!issued) return;
    const level = agencyLevel(view.raw.agency);
    const due: MonthDay = (level && rule.dueByLevel?.[level]) || rule.due;
    const dueOn = `${year + 1}-${pad(due.month)}-${pad(due.day)}`;
    // ISO dates compare as strings.
    if (issued <= dueOn) return;
    const who = level
      ? { 'zh-Hans': AGENCY_LEVEL_LABELS[level], en: level.replace(/_/g, ' ') }
      : null;
    findings.push(
      finding({
        path: ['issuedOn'],
        message: say('late', issued, dueOn, who, due.month, due.day),
        expected: dueOn,
        actual: issued,
      }),
    );
  };
}

import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, type AgencyLevel } from '../../contracts/report';
import type { Check } from '../check';
import type { DeadlineRule, MonthDay } from '../../contracts/rules';
import { findingOf } from '../finding-of';

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
          message: {
            'zh-Hans': '已发布的报告未填写公开日期：无法核对是否按时公布，输出也不带日期',
            en: 'The published report has no 公开日期: its deadline cannot be checked, and the outputs carry no date',
          },
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
      : { 'zh-Hans': '本机关', en: 'this agency' };
    findings.push(
      finding({
        path: ['issuedOn'],
        message: {
          'zh-Hans': `发布日期 ${issued} 晚于截止日期 ${dueOn}（${who['zh-Hans']}应于次年 ${due.month} 月 ${due.day} 日前公布）`,
          en: `Published on ${issued}, after the deadline ${dueOn} (${who.en}: by ${due.month}/${due.day} of the next year)`,
        },
        expected: dueOn,
        actual: issued,
      }),
    );
  };
}

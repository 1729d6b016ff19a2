import { omit, pick } from 'lodash';
import type { VersionContent } from '../../../shared/contracts/history';
import type { ReportData } from '../../../shared/contracts/report';

const dropIds = <T extends object>(items: T[] | null | undefined): T[] =>
  (items ?? []).map((item) => omit(item, ['id', '__component']) as T);

/** The content of a stored report as a version keeps it. */
export function versionContent(report: ReportData): VersionContent {
  return {
    title: report.title ?? null,
    year: report.year ?? null,
    format: report.format ?? null,
    issuedOn: report.issuedOn ?? null,
    agency: report.agency?.documentId ?? null,
    preface: report.preface ?? null,
    sections: dropIds(report.sections),
    tables: dropIds(report.tables),
  };
}

/** A version's content as a Document Service write puts it back (the agency by documentId). */
export function versionInput(content: VersionContent): Record<string, unknown> {
  return pick(content, [
    'title',
    'year',
    'format',
    'issuedOn',
    'agency',
    'preface',
    'sections',
    'tables',
  ]);
}

import * as React from 'react';
import { keyBy } from 'lodash';
import type { DocumentTable, ReportDocument } from '../contracts/document';
import { Blocks } from './Blocks';
import type { CellMarks } from './cell-marks';
import { printedContact } from './printed-contact';
import { printedDate } from './print-format';
import { StatisticTable } from './StatisticTable';

export { cellMarkKey } from './cell-marks';
export type { CellMark, CellMarks } from './cell-marks';

/**
 * The report as it is printed: the one tree the admin preview and the published HTML/PDF page draw.
 * Plain React and class names (`ar-…`, styled by report-css.ts), so it renders the same in the
 * admin and in react-dom/server.
 */

export interface ReportViewProps {
  document: ReportDocument;
  /** Findings to draw on table cells, keyed by cellMarkKey(table, row, column). */
  marks?: CellMarks;
}

/**
 * Printed titles break after the agency's name (淮安市人民政府 / 2024年政府信息公开工作年度报告);
 * a title that does not start with it stays one line.
 */
function titleLines(title: string, agencyName: string | undefined): string[] {
  if (agencyName && title.startsWith(agencyName) && title.length > agencyName.length)
    return [agencyName, title.slice(agencyName.length)];
  return [title];
}

/**
 * The tables of one section as printed. proseOnly tables hold figures the format prints only in
 * the prose (gz-legacy 二's channels). A run of tables sharing a number (the four 第二十条 blocks
 * of 表二) names the number once, over the first.
 */
function Tables({ tables, marks }: { tables: DocumentTable[]; marks?: CellMarks }) {
  const printed = tables.filter((table) => !table.proseOnly);
  return (
    <>
      {printed.map((table, index) => (
        <StatisticTable
          key={table.key}
          table={table}
          marks={marks}
          numbered={index === 0 || printed[index - 1].number !== table.number}
        />
      ))}
    </>
  );
}

export function ReportView({ document, marks }: ReportViewProps) {
  const tablesByKey = keyBy(document.tables, 'key');
  const placed = new Set(document.sections.flatMap((section) => section.tables));
  // A table whose section is missing is still printed, after the last section, so that no figure
  // disappears from the preview while the sections are being fixed.
  const unplaced = document.tables.filter((table) => !placed.has(table.key));
  const issued = printedDate(document.issuedOn);
  const contact = printedContact(document);
  const agencyName = document.agency?.name;

  return (
    <article className="ar-report" lang="zh-CN">
      <h1 className="ar-title">
        {titleLines(document.title, agencyName).map((line, index) => (
          <span key={index} className="ar-title-line">
            {line}
          </span>
        ))}
      </h1>
      <Blocks className="ar-preface" content={document.preface} />
      {document.sections.map((section) => (
        <section key={section.key} className="ar-section" id={`ar-section-${section.key}`}>
          <h2 className="ar-section-heading">
            {section.number ? `${section.number}、` : ''}
            {section.heading}
          </h2>
          <Blocks className="ar-section-body" content={section.body} />
          <Tables
            tables={section.tables.map((key) => tablesByKey[key]).filter(Boolean)}
            marks={marks}
          />
        </section>
      ))}
      {unplaced.length > 0 && <Tables tables={unplaced} marks={marks} />}
      {contact && <p className="ar-contact">{contact}</p>}
      {(agencyName || issued) && (
        <footer className="ar-signature">
          {agencyName && <p className="ar-signature-agency">{agencyName}</p>}
          {issued && (
            <p className="ar-signature-date">
              <time dateTime={document.issuedOn ?? undefined}>{issued}</time>
            </p>
          )}
        </footer>
      )}
    </article>
  );
}

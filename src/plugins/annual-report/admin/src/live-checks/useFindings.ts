import * as React from 'react';
import { useForm } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import type { Finding } from '../../../shared/contracts/checks';
import type { ReportData } from '../../../shared/contracts/report';
import type { Template } from '../../../shared/contracts/template';
import { findingsFor, type FindingsRun, type ServerContext } from './findings-memo';
import { previousRequest } from './previous-request';
import { fetchPrevious, previousReports } from './server-data';
import { usePendingCells } from './usePendingCells';
import { useRemote } from './useRemote';
import { useTemplate } from './useTemplate';
import { withPendingCells } from './with-pending-cells';

export interface Findings {
  findings: Finding[];
  /** As the server counts them: every blank cell is an error. */
  summary: FindingsRun['summary'];
  template: Template | null;
  /** The values as checked, for naming places; null until checked. */
  report: ReportData | null;
  /** False while the template or the previous-year report is on its way. */
  ready: boolean;
  /** What the checks had to go without: the server's message. */
  problem: string | null;
}

const NO_CONTEXT: ServerContext = { agency: null, previous: null };
const NOTHING: FindingsRun['summary'] = { errors: 0, warnings: 0 };

/**
 * The rule engine's findings on the form's unsaved values, run in the browser on every change:
 * the same engine and template as the server's, with the agency and its previous-year report
 * fetched once. The panel and every table's grid call it; the engine runs once per values object.
 * Cells a grid has written that the form has not taken yet are checked as the grid shows them.
 */
export function useFindings(): Findings {
  const values = useForm('useFindings', (state) => state.values) as Record<string, unknown>;
  const { pending } = usePendingCells();
  const checked = withPendingCells(values, pending);
  const { id } = useParams<{ id?: string }>();
  const documentId = id && id !== 'create' ? id : undefined;

  const format = typeof values.format === 'string' ? values.format : '';
  const { template, pending: templatePending, problem: templateProblem } = useTemplate(format);

  const request = previousRequest(values, documentId);
  const remote = useRemote(previousReports, request?.key ?? null, () =>
    fetchPrevious(request!.query),
  );
  let context: ServerContext | null = null;
  if (request === null || remote?.state === 'failed') context = NO_CONTEXT;
  else if (remote?.state === 'done') context = remote.value;

  const problem = templateProblem ?? (remote?.state === 'failed' ? remote.error : null);

  return React.useMemo(() => {
    if (!template || !context) {
      return {
        findings: [],
        summary: NOTHING,
        template,
        report: null,
        ready: !templatePending && context !== null,
        problem,
      };
    }
    const run = findingsFor(checked, template, context);
    return { ...run, template, ready: true, problem };
  }, [checked, template, context, templatePending, problem]);
}

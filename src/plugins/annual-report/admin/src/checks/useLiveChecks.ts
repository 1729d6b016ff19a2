import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CheckSummary } from '../../../shared/contracts/checks';
import type { RunChecks } from '../../../shared/contracts/checks-routes';

const DELAY_MS = 500;

interface State {
  summary: CheckSummary | null;
  loading: boolean;
  error: string | null;
}

/**
 * Checks the form's unsaved values on the server (which knows the agency and its previous-year
 * report) a moment after the editor stops typing. Only the latest answer is kept.
 */
export const useLiveChecks = (
  values: Record<string, unknown> | undefined,
  documentId?: string,
): State => {
  const { post } = useFetchClient();
  const [state, setState] = React.useState<State>({ summary: null, loading: false, error: null });
  const latest = React.useRef(0);
  const body = React.useMemo(
    () => JSON.stringify({ report: values, documentId }),
    [values, documentId],
  );

  React.useEffect(() => {
    if (!values || typeof values.format !== 'string' || values.format === '') return undefined;
    const call = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(async () => {
      try {
        const { data } = await post<RunChecks.Response>('/annual-report/checks', JSON.parse(body));
        if (call === latest.current) setState({ summary: data.data, loading: false, error: null });
      } catch (error) {
        const message =
          (error as { response?: { data?: { error?: { message?: string } } } }).response?.data
            ?.error?.message ?? (error as Error).message;
        if (call === latest.current)
          setState((previous) => ({ ...previous, loading: false, error: message }));
      }
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, post, values]);

  return state;
};

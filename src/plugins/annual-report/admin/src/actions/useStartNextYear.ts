import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { StartNextYear } from '../../../shared/contracts/next-year-routes';
import { errorMessage } from '../utils/error-message';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';

/** The fields next year's report is made from, by the name the server's 400 gives them. */
const MISSING: Record<string, string> = {
  agency: 'This report has no publishing agency: choose it, save, then start next year’s report',
  year: 'This report has no year: enter it, save, then start next year’s report',
  format: 'No report format applies to next year',
};

const editPath = (documentId: string) =>
  `/content-manager/collection-types/${REPORT_UID}/${documentId}`;

/**
 * "从上年报告开始": creates next year's draft from a report and opens it; when that year's report
 * exists it is opened instead. Used by the report's action, the list and the create view.
 */
export function useStartNextYear() {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();

  return React.useCallback(
    async (documentId: string) => {
      try {
        const { data } = await post<StartNextYear.Response>(
          `/annual-report/reports/${documentId}/next-year`,
        );
        toggleNotification({
          type: 'success',
          message: formatMessage(
            { id: getTranslation('nextYear.created'), defaultMessage: 'The {year} draft is ready' },
            { year: data.data.year },
          ),
        });
        navigate(editPath(data.data.documentId));
      } catch (error) {
        const answer = (
          error as {
            response?: {
              data?: {
                error?: {
                  status?: number;
                  details?: { documentId?: string; errors?: Array<{ path?: string[] }> };
                };
              };
            };
          }
        ).response?.data?.error;
        if (answer?.status === 409 && answer.details?.documentId) {
          toggleNotification({
            type: 'info',
            message: formatMessage({
              id: getTranslation('nextYear.exists'),
              defaultMessage: 'That year’s report already exists; it is opened instead.',
            }),
          });
          navigate(editPath(answer.details.documentId));
          return;
        }
        // The server names the field the report lacks; say so in the interface's language.
        const field = answer?.details?.errors?.[0]?.path?.[0];
        toggleNotification({
          type: 'danger',
          message:
            field && field in MISSING
              ? formatMessage({
                  id: getTranslation(`nextYear.missing.${field}`),
                  defaultMessage: MISSING[field],
                })
              : errorMessage(error),
        });
      }
    },
    [formatMessage, navigate, post, toggleNotification],
  );
}

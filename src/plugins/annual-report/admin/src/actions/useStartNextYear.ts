import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { StartNextYear } from '../../../shared/contracts/next-year-routes';
import { errorMessage } from '../utils/error-message';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';

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
              data?: { error?: { status?: number; details?: { documentId?: string } } };
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
        toggleNotification({ type: 'danger', message: errorMessage(error) });
      }
    },
    [formatMessage, navigate, post, toggleNotification],
  );
}

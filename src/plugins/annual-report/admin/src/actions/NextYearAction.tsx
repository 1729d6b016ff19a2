import * as React from 'react';
import { Plus } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { StartNextYear } from '../../../shared/contracts/next-year-routes';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { year?: number } | null;
}

const editPath = (documentId: string) =>
  `/content-manager/collection-types/${REPORT_UID}/${documentId}`;

/** "从上年报告开始": creates next year's draft from this report and opens it. */
export const NextYearAction = ({ model, documentId, document }: ActionProps) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  if (model !== REPORT_UID || !documentId) return null;
  const year = typeof document?.year === 'number' ? document.year + 1 : undefined;

  return {
    label: formatMessage(
      {
        id: getTranslation('nextYear.label'),
        defaultMessage: 'Start the {year} report from this one',
      },
      { year: year ?? '' },
    ),
    icon: <Plus />,
    position: 'panel' as const,
    async onClick() {
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
                error?: { status?: number; message?: string; details?: { documentId?: string } };
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
        toggleNotification({
          type: 'danger',
          message: answer?.message ?? (error as Error).message,
        });
      }
    },
  };
};

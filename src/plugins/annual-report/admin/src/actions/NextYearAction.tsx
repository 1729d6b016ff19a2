import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';
import { useStartNextYear } from './useStartNextYear';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { year?: number } | null;
}

/**
 * "从上年报告开始" on a report: next year's draft from this one. A new report offers it in its
 * first steps (first-steps/), and the list beside its create button.
 */
export const NextYearAction = ({ model, documentId, document }: ActionProps) => {
  const { formatMessage } = useIntl();
  const start = useStartNextYear();
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
    onClick: () => start(documentId),
  };
};

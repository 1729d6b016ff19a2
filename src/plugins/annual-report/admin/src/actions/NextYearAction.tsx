import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';
import { StartFromLastYear } from './StartFromLastYear';
import { useStartNextYear } from './useStartNextYear';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { year?: number } | null;
}

/**
 * "从上年报告开始": on a report, next year's draft from this one; on a new report (the create
 * view), a choice of the agency whose latest report it starts from.
 */
export const NextYearAction = ({ model, documentId, document }: ActionProps) => {
  const { formatMessage } = useIntl();
  const start = useStartNextYear();
  if (model !== REPORT_UID) return null;
  const title = formatMessage({
    id: getTranslation('nextYear.title'),
    defaultMessage: 'Start from last year’s report',
  });
  if (!documentId) {
    return {
      label: title,
      icon: <Plus />,
      position: 'panel' as const,
      dialog: { type: 'modal' as const, title, content: StartFromLastYear },
    };
  }
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

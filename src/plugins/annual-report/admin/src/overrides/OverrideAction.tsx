import * as React from 'react';
import { WarningCircle } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CheckSummary } from '../../../shared/contracts/checks';
import { REPORT_UID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { OverrideForm } from './OverrideForm';
import { OVERRIDE_PERMISSION } from './server-data';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { checks?: CheckSummary | null } | null;
}

/**
 * "越过错误发布": for a user holding the plugin's override action, on a report whose stored draft
 * has errors. The stock Publish button cannot carry a reason, so this is an action of its own.
 */
export const OverrideAction = ({ model, documentId, document }: ActionProps) => {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC(OVERRIDE_PERMISSION);
  if (model !== REPORT_UID || !documentId || !allowedActions.canOverrideCheck) return null;
  if (!document?.checks || document.checks.errors === 0) return null;
  return {
    label: formatMessage({
      id: getTranslation('override.label'),
      defaultMessage: 'Publish over errors',
    }),
    icon: <WarningCircle />,
    variant: 'danger-light' as const,
    position: 'panel' as const,
    dialog: {
      type: 'modal' as const,
      title: formatMessage({
        id: getTranslation('override.title'),
        defaultMessage: 'Publish over check errors',
      }),
      content: ({ onClose }: { onClose: () => void }) => (
        <OverrideForm documentId={documentId} onClose={onClose} />
      ),
    },
  };
};

import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import type { PanelCounts } from './panel-items';

/** The verdict first, in words: 可以发布, or 有 3 项错误，不能发布. */
export const PanelStatement = ({ counts, ready }: { counts: PanelCounts; ready: boolean }) => {
  const { formatMessage } = useIntl();
  if (!ready) {
    return (
      <Flex gap={2} alignItems="center">
        <Loader small />
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('panel.checking'), defaultMessage: 'Checking…' })}
        </Typography>
      </Flex>
    );
  }
  const { errors, warnings } = counts;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="delta" tag="p" textColor={errors > 0 ? 'danger600' : 'success600'}>
        {errors > 0
          ? formatMessage(
              {
                id: getTranslation('panel.blocked'),
                defaultMessage:
                  '{errors, plural, one {# error} other {# errors}}: cannot be published',
              },
              { errors },
            )
          : formatMessage({
              id: getTranslation('panel.publishable'),
              defaultMessage: 'Ready to publish',
            })}
      </Typography>
      {warnings > 0 ? (
        <Typography variant="pi" textColor="warning700">
          {formatMessage(
            {
              id: getTranslation('panel.warnings'),
              defaultMessage: '{warnings, plural, one {# warning} other {# warnings}} to review',
            },
            { warnings },
          )}
        </Typography>
      ) : null}
    </Flex>
  );
};

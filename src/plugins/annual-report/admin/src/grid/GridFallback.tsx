import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { RawJson } from './grid-styles';

/** Cells the grid cannot draw, shown as they are stored and not editable here. */
export function GridFallback({ value, reason }: { value: unknown; reason: string }) {
  const { formatMessage } = useIntl();
  const raw = typeof value === 'string' ? value : JSON.stringify(value ?? null, null, 2);
  return (
    <Box>
      <Box padding={3} background="warning100" hasRadius marginBottom={2}>
        <Typography variant="pi" textColor="warning700">
          {reason}{' '}
          {formatMessage({
            id: getTranslation('grid.fallback.readOnly'),
            defaultMessage: 'The stored cells are shown below, read-only; nothing is changed.',
          })}
        </Typography>
      </Box>
      <RawJson>{raw}</RawJson>
    </Box>
  );
}

import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import type { CellMark } from '../../../shared/layout/cell-marks';

/**
 * The focused cell's findings under the table. Sticky: under a tall table the focused cell's
 * message stays in sight.
 */
export const FocusedCellNote = ({ mark, text }: { mark: CellMark; text: string }) => (
  <Box
    padding={2}
    background={mark.severity === 'error' ? 'danger100' : 'warning100'}
    hasRadius
    style={{ position: 'sticky', bottom: 0, zIndex: 1 }}
  >
    <Typography variant="pi" textColor={mark.severity === 'error' ? 'danger700' : 'warning700'}>
      {text}
    </Typography>
  </Box>
);

import * as React from 'react';
import { Typography } from '@strapi/design-system';
import type { ListColumns } from './enumeration-cells';

/** Red when a report has errors, amber when warnings are open, green when none. */
const COLOURS: Record<string, string> = {
  errorCount: 'danger600',
  warningCount: 'warning600',
};

const CountValue = ({ value, colour }: { value: unknown; colour: string }) =>
  typeof value === 'number' ? (
    <Typography
      textColor={value > 0 ? colour : 'success600'}
      fontWeight={value > 0 ? 'bold' : undefined}
    >
      {value}
    </Typography>
  ) : (
    <Typography textColor="neutral600">-</Typography>
  );

/**
 * The report list's 错误 and 提示 columns (checks/stored-checks.ts keeps them) coloured so that a
 * reviewer sees at a glance which reports still fail (Admin/CM/pages/ListView/inject-column-in-table).
 */
export const checkCountCells = ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
  displayedHeaders: displayedHeaders.map((header) =>
    COLOURS[header.name] && !header.cellFormatter
      ? {
          ...header,
          cellFormatter: (row) => (
            <CountValue value={row[header.name]} colour={COLOURS[header.name]} />
          ),
        }
      : header,
  ),
  layout,
});

import type { ReactNode } from 'react';
import { Typography } from '@strapi/design-system';

interface ListHeader {
  name: string;
  attribute?: { customField?: string };
  cellFormatter?: (row: Record<string, unknown>) => ReactNode;
}

interface ListColumns {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

const YEAR_FIELD = 'plugin::annual-report.year';

/** The list view formats integers with separators ("2,018"); a year is printed as it is. */
export const plainYearColumn = ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute?.customField === YEAR_FIELD
      ? {
          ...header,
          cellFormatter: (row) => (
            <Typography textColor="neutral800">
              {row[header.name] == null ? '' : String(row[header.name])}
            </Typography>
          ),
        }
      : header,
  ),
  layout,
});

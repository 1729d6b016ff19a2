import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { FormattedMessage } from 'react-intl';

interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => React.ReactNode;
}

export interface ListColumns {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

/** An enumeration value under the id the edit view's select and the list filters already use. */
export const EnumerationValue = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value !== '' ? (
    <Typography textColor="neutral800">
      <FormattedMessage id={value} defaultMessage={value} />
    </Typography>
  ) : (
    <Typography textColor="neutral800">-</Typography>
  );

/**
 * The list view prints an enumeration's stored value ("county"); the edit view's select and the
 * filters translate it with the value as message id. This column hook
 * (Admin/CM/pages/ListView/inject-column-in-table) makes the list cell do the same.
 */
export const enumerationCells = ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute?.type === 'enumeration' && !header.cellFormatter
      ? { ...header, cellFormatter: (row) => <EnumerationValue value={row[header.name]} /> }
      : header,
  ),
  layout,
});

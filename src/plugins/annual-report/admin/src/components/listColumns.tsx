import type { ReactNode } from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTemplate } from '../live-checks/useTemplate';

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
const FORMAT_FIELD = 'plugin::annual-report.template';

/** A format by its name in the interface language (2021年全国统一格式), its key while unknown. */
const FormatName = ({ format }: { format: string }) => {
  const { locale } = useIntl();
  const { template } = useTemplate(format);
  const name = template?.name[locale === 'zh-Hans' ? 'zh-Hans' : 'en'];
  return <Typography textColor="neutral800">{name ?? format}</Typography>;
};

const formatCell = (header: ListHeader): ListHeader => ({
  ...header,
  cellFormatter: (row) =>
    typeof row[header.name] === 'string' ? <FormatName format={row[header.name] as string} /> : '',
});

/**
 * The list view formats integers with separators ("2,018"): a year is printed as it is. A format
 * is printed by its name, not its key.
 */
export const listColumns = ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute?.customField === FORMAT_FIELD
      ? formatCell(header)
      : header.attribute?.customField === YEAR_FIELD
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

import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useField, useForm } from '@strapi/strapi/admin';
import cloneDeep from 'lodash/cloneDeep';
import get from 'lodash/get';
import set from 'lodash/set';
import { useIntl } from 'react-intl';
import { validate } from '../../../shared/checks/validate';
import type { Cells } from '../../../shared/contracts/report';
import { formReport } from '../live-checks/form-report';
import { useFindings } from '../live-checks/useFindings';
import { useTemplate } from '../live-checks/useTemplate';
import { getTranslation } from '../utils/getTranslation';
import { useEqualValue } from '../utils/useEqualValue';
import { readCells } from './cells';
import { findingsOnField } from './field-findings';
import { GridFallback } from './GridFallback';
import { gridLayout } from './grid-layout';
import { GridTable } from './GridTable';
import { useCellsWrite } from './useCellsWrite';
import type { CustomFieldProps } from '../components/custom-field-props';

type FormValues = Record<string, unknown>;

/**
 * The custom field `plugin::annual-report.statistic-grid` on a statistic table's `cells`: the
 * template's table as the official form prints it, one input per cell. The table is found from
 * the form itself (the report's format, the table's key beside the cells); when either is not a
 * known one, the cells are shown raw and read-only, so nothing is lost or overwritten.
 */
const StatisticGridInput = React.forwardRef<HTMLDivElement, CustomFieldProps>(
  ({ name, label, hint, required, disabled = false, labelAction }, ref) => {
    const field = useField<unknown>(name);
    const tablePath = name.replace(/\.cells$/, '');
    // Only what the grid reads; the checks read the whole form through useFindings.
    const formatValue = useForm(
      'StatisticGridInput',
      (state) => (state.values as FormValues).format,
    );
    const tableKey: unknown = useForm('StatisticGridInput', (state) =>
      get(state.values, `${tablePath}.key`),
    );
    const getValues = useForm('StatisticGridInput', (state) => state.getValues as () => FormValues);
    const checks = useFindings();
    // Kept while equal, so that the memoised grid skips drawing when other places change.
    const findings = useEqualValue(
      React.useMemo(() => findingsOnField(checks.findings, name), [checks.findings, name]),
    );
    const { formatMessage } = useIntl();

    const format = typeof formatValue === 'string' ? formatValue : '';
    // A site template (from the plugin config) is read once, with the checks' own.
    const { template } = useTemplate(format);
    const templateTable = template?.tables.find((table) => table.key === tableKey);
    const layout = React.useMemo(
      () => (templateTable ? gridLayout(templateTable) : undefined),
      [templateTable],
    );
    const writes = useCellsWrite(name, field);
    const cells = React.useMemo(() => readCells(writes.value), [writes.value]);
    // "Fill totals" runs the sum rules again after each round; they need no agency or last year.
    const recheck = React.useMemo(
      () =>
        template
          ? (next: Cells) =>
              validate(formReport(set(cloneDeep(getValues()), name, next), null), template)
          : undefined,
      [name, template, getValues],
    );

    const labelId = `${name}__label`;
    return (
      <Flex ref={ref} direction="column" alignItems="stretch" gap={1} {...writes.flushOn}>
        <Flex gap={1}>
          <Typography id={labelId} variant="pi" fontWeight="bold" textColor="neutral800">
            {label}
            {required ? <Typography textColor="danger600">*</Typography> : null}
          </Typography>
          {labelAction}
        </Flex>
        {!template && !checks.ready ? (
          <Loader small />
        ) : layout && cells ? (
          <GridTable
            name={name}
            layout={layout}
            cells={cells}
            findings={findings}
            disabled={disabled}
            labelledBy={labelId}
            onChange={writes.write}
            recheck={recheck}
          />
        ) : (
          <GridFallback
            value={field.value}
            reason={
              !template
                ? format === ''
                  ? formatMessage({
                      id: getTranslation('grid.fallback.noFormat'),
                      defaultMessage: 'Choose the report format to enter this table as a grid.',
                    })
                  : formatMessage(
                      {
                        id: getTranslation('grid.fallback.unknownFormat'),
                        defaultMessage:
                          'The format “{format}” is not known (neither built in nor configured for this site), so this table cannot be shown as a grid.',
                      },
                      { format },
                    )
                : !templateTable
                  ? formatMessage(
                      {
                        id: getTranslation('grid.fallback.unknownTable'),
                        defaultMessage: 'The format “{format}” has no table “{table}”.',
                      },
                      { format, table: String(tableKey ?? '') },
                    )
                  : formatMessage({
                      id: getTranslation('grid.fallback.unreadable'),
                      defaultMessage: 'These cells do not read as a table.',
                    })
            }
          />
        )}
        {hint ? (
          <Typography variant="pi" textColor="neutral600">
            {hint}
          </Typography>
        ) : null}
        {field.error ? (
          <Typography variant="pi" textColor="danger600">
            {field.error}
          </Typography>
        ) : null}
      </Flex>
    );
  },
);

export default StatisticGridInput;

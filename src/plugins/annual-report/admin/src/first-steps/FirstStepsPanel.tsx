import { Box, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';
import { firstSteps, type FirstStep } from './first-steps';
import { NextYearButton } from '../actions/NextYearListButton';

const STEP_TEXT: Record<FirstStep, string> = {
  format: 'Choose the report format',
  year: 'Enter the year the report covers',
  agency: 'Choose the publishing agency: last year’s figures and “start next year” need it',
  save: 'Save once: the sections and every statistic table of the format are then laid out, and the checks start',
};

const Steps = ({ steps }: { steps: FirstStep[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Box background="primary100" padding={3} hasRadius width="100%" role="status">
      <Typography variant="omega" fontWeight="bold" tag="p">
        {formatMessage({ id: getTranslation('firstSteps.title'), defaultMessage: 'Still needed' })}
      </Typography>
      <Box tag="ol" paddingLeft={4} style={{ listStyle: 'decimal' }}>
        {steps.map((step) => (
          <li key={step}>
            <Typography variant="pi">
              {formatMessage({
                id: getTranslation(`firstSteps.${step}`),
                defaultMessage: STEP_TEXT[step],
              })}
            </Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
};

/**
 * What a new report, or one without an agency, needs, said once at the top of the side panels
 * instead of as check errors or as an action failing later. Nothing once it has all of it.
 */
export const FirstStepsPanel = ({
  model,
  documentId,
  document,
}: {
  model: string;
  documentId?: string;
  document?: { agency?: unknown } | null;
}) => {
  const { formatMessage } = useIntl();
  const values = useForm('FirstStepsPanel', (state) => state.values) as Record<string, unknown>;
  if (model !== REPORT_UID) return null;
  const steps = firstSteps(values, { saved: Boolean(documentId), agency: document?.agency });
  if (steps.length === 0) return null;
  return {
    title: formatMessage({
      id: getTranslation('firstSteps.panel'),
      defaultMessage: 'Getting started',
    }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <Steps steps={steps} />
        {/* A new report may rather start from last year's: offered where it is made. */}
        {documentId ? null : <NextYearButton />}
      </Flex>
    ),
  };
};

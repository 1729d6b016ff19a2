import * as React from 'react';
import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import type { ReportData, ReportSection } from '../../../shared/contracts/report';
import { blocksToParagraphs } from '../../../shared/checks/blocks-text';
import { previousRequest } from '../live-checks/previous-request';
import { fetchPrevious, previousReports } from '../live-checks/server-data';
import { useRemote } from '../live-checks/useRemote';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';

const LastYearSection = ({ section }: { section: ReportSection }) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const paragraphs = blocksToParagraphs(section.body).filter((text) => text.trim() !== '');
  const heading = `${section.number ? `${section.number}、` : ''}${section.heading}`;
  return (
    <Box>
      <TextButton onClick={() => setOpen(!open)} aria-expanded={open}>
        {heading}
      </TextButton>
      {open ? (
        <Box paddingTop={1} paddingLeft={2}>
          {paragraphs.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: getTranslation('lastYear.empty'), defaultMessage: 'Empty' })}
            </Typography>
          ) : (
            paragraphs.map((text, index) => (
              <Typography key={index} tag="p" variant="pi" textColor="neutral700">
                {text}
              </Typography>
            ))
          )}
        </Box>
      ) : null}
    </Box>
  );
};

/**
 * Last year's text of each section, beside the editor as a reference: a new report starts with
 * empty sections (a copy would be flagged by C1), and the editor reads what was written before.
 * The report is the one the checks compare with (the agency's report of the year before).
 */
export const PreviousYearPanel = ({ model }: { model: string }) => {
  const { formatMessage } = useIntl();
  const { id } = useParams<{ id?: string }>();
  const values = useForm('PreviousYearPanel', (state) => state.values) as Record<string, unknown>;
  const request = previousRequest(values, id && id !== 'create' ? id : undefined);
  const remote = useRemote(previousReports, request?.key ?? null, () =>
    fetchPrevious(request!.query),
  );
  if (model !== REPORT_UID) return null;
  const previous: ReportData | null = remote?.state === 'done' ? remote.value.previous : null;
  if (!previous || !(previous.sections ?? []).length) return null;
  const title = formatMessage(
    { id: getTranslation('lastYear.title'), defaultMessage: 'Last year’s text ({year})' },
    { year: previous.year },
  );
  return {
    title,
    content: (
      <Flex
        direction="column"
        alignItems="stretch"
        gap={2}
        width="100%"
        role="region"
        aria-label={title}
      >
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('lastYear.hint'),
            defaultMessage: 'For reference: write this year’s text in the sections.',
          })}
        </Typography>
        {(previous.sections ?? []).map((section, index) => (
          <LastYearSection key={`${section.key}-${index}`} section={section} />
        ))}
      </Flex>
    ),
  };
};

import * as React from 'react';
import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Acknowledgement } from '../../../shared/contracts/acknowledgements';
import { findingFingerprint, type Finding } from '../../../shared/contracts/checks';
import type { PlaceLocale } from '../../../shared/checks/place-name';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  findings: Finding[];
  marks: Map<string, Acknowledgement>;
  lang: PlaceLocale;
}

/** 已核实 N 项, collapsed: each warning with its note, who and when. */
export const AcknowledgedList = ({ findings, marks, lang }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const [open, setOpen] = React.useState(false);
  if (findings.length === 0) return null;
  return (
    <Box>
      <TextButton onClick={() => setOpen(!open)} aria-expanded={open}>
        {formatMessage(
          {
            id: getTranslation('ack.summary'),
            defaultMessage: '{count, plural, one {# warning} other {# warnings}} verified',
          },
          { count: findings.length },
        )}
      </TextButton>
      {open ? (
        <Box tag="ul" paddingTop={2}>
          {findings.map((finding) => {
            const mark = marks.get(findingFingerprint(finding));
            return (
              <Box tag="li" key={findingFingerprint(finding)} paddingBottom={2}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography variant="pi" textColor="neutral600">
                    {finding.rule} · {finding.message[lang]}
                  </Typography>
                  {mark ? (
                    <Typography variant="pi">
                      {formatMessage(
                        {
                          id: getTranslation('ack.by'),
                          defaultMessage: '{note} ({who}, {when})',
                        },
                        {
                          note: mark.note,
                          who: mark.acknowledgedBy,
                          when: formatDate(mark.acknowledgedAt, { dateStyle: 'medium' }),
                        },
                      )}
                    </Typography>
                  ) : null}
                </Flex>
              </Box>
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
};

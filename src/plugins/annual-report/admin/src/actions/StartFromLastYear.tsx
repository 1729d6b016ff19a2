import * as React from 'react';
import {
  Button,
  Field,
  Flex,
  Loader,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { NextYearCandidates } from '../../../shared/contracts/next-year-routes';
import { errorMessage } from '../utils/error-message';
import { getTranslation } from '../utils/getTranslation';
import { useStartNextYear } from './useStartNextYear';

type Candidate = NextYearCandidates.Response['data'][number];

/**
 * The body and footer of "从上年报告开始" where a report is created: the editor picks the agency
 * whose latest report the new one starts from (the only one, or the first, is chosen already).
 */
export const StartFromLastYear = ({ onClose }: { onClose: () => void }) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const start = useStartNextYear();
  const [candidates, setCandidates] = React.useState<Candidate[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [chosen, setChosen] = React.useState<string>('');
  const [starting, setStarting] = React.useState(false);
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);

  React.useEffect(() => {
    get<NextYearCandidates.Response>('/annual-report/next-year/candidates').then(
      ({ data }) => {
        setCandidates(data.data);
        setChosen(data.data[0]?.documentId ?? '');
      },
      (error) => setProblem(errorMessage(error)),
    );
  }, [get]);

  const picked = candidates?.find((candidate) => candidate.documentId === chosen);
  const onStart = async () => {
    if (!picked) return;
    setStarting(true);
    await start(picked.documentId);
    setStarting(false);
    onClose();
  };

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="omega">
            {t(
              'nextYear.explain',
              'The new report keeps the agency, the format, the preface’s basis and contact with the year advanced, the section headings, and the figures carried over (现行有效, 上年结转). Last year’s text is shown beside each section as a reference.',
            )}
          </Typography>
          {problem ? (
            <Typography textColor="danger600">{problem}</Typography>
          ) : candidates === null ? (
            <Loader small>{t('nextYear.loading', 'Loading reports…')}</Loader>
          ) : candidates.length === 0 ? (
            <Typography textColor="neutral600">
              {t('nextYear.none', 'No report of an earlier year to start from.')}
            </Typography>
          ) : (
            <Field.Root name="lastYearReport" hint={t('nextYear.pickHint', '')}>
              <Field.Label>{t('nextYear.pick', 'Start from')}</Field.Label>
              <SingleSelect
                value={chosen}
                onChange={(value: string | number) => setChosen(String(value))}
              >
                {candidates.map((candidate) => (
                  <SingleSelectOption key={candidate.documentId} value={candidate.documentId}>
                    {t('nextYear.option', '{agency}: {year} → {next}', {
                      agency: candidate.agency,
                      year: candidate.year,
                      next: candidate.year + 1,
                    })}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
          )}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {t('nextYear.cancel', 'Cancel')}
        </Button>
        <Button onClick={onStart} disabled={!picked || starting} loading={starting}>
          {picked
            ? t('nextYear.start', 'Create the {year} report', { year: picked.year + 1 })
            : t('nextYear.title', 'Start from last year’s report')}
        </Button>
      </Modal.Footer>
    </>
  );
};

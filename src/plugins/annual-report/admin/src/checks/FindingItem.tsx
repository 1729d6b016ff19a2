import * as React from 'react';
import { Badge, Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Finding, FindingPath } from '../../../shared/contracts/checks';
import { AcknowledgeForm } from '../acknowledgements/AcknowledgeForm';
import { placeName, type PlaceLocale } from '../../../shared/checks/place-name';
import type { Template } from '../../../shared/contracts/template';
import { getTranslation } from '../utils/getTranslation';
import { ItemButton } from './item-button';
import type { PanelItem } from './panel-items';

interface Props {
  item: PanelItem;
  /** What places are named from (`namingParts` of the checked report). */
  naming: unknown;
  template: Template;
  lang: PlaceLocale;
  onGo: (path: FindingPath) => void;
  /** Marks a warning 已核实 (a form under it asks for the note). */
  onAcknowledge?: (finding: Finding, note: string) => Promise<void>;
}

const SEPARATOR = ' · ';

const RuleBadge = ({ rule, error }: { rule: string; error: boolean }) => (
  // Never squeezed by a long place name: "T3-1" stays on one line.
  <Badge
    shrink={0}
    backgroundColor={error ? 'danger100' : 'warning100'}
    textColor={error ? 'danger700' : 'warning700'}
  >
    {rule}
  </Badge>
);

/** 应为 3119 · 实为 3120, when the rule says what it expected. */
const Figures = ({ expected, actual }: Pick<PanelItem['finding'], 'expected' | 'actual'>) => {
  const { formatMessage } = useIntl();
  const parts: string[] = [];
  if (expected !== undefined) {
    parts.push(
      formatMessage(
        { id: getTranslation('panel.expected'), defaultMessage: 'expected {value}' },
        { value: String(expected) },
      ),
    );
  }
  if (actual !== undefined) {
    const value =
      actual === null
        ? formatMessage({ id: getTranslation('panel.blank'), defaultMessage: 'blank' })
        : String(actual);
    parts.push(
      formatMessage(
        { id: getTranslation('panel.actual'), defaultMessage: 'found {value}' },
        { value },
      ),
    );
  }
  if (parts.length === 0) return null;
  return (
    <Typography variant="pi" textColor="neutral600">
      {parts.join(SEPARATOR)}
    </Typography>
  );
};

/** A table's blank cells, listed when the editor opens the item; each goes to its cell. */
const BlankCells = ({
  cells,
  table,
  naming,
  template,
  lang,
  onGo,
}: Omit<Props, 'item'> & {
  cells: FindingPath[];
  table: string;
}) => (
  <Box tag="ul" paddingLeft={4}>
    {cells.map((cell) => {
      const place = placeName(cell, naming, template, lang);
      return (
        <li key={cell.join('.')}>
          <ItemButton type="button" onClick={() => onGo(cell)}>
            <Typography variant="pi">
              {place.startsWith(table + SEPARATOR)
                ? place.slice(table.length + SEPARATOR.length)
                : place}
            </Typography>
          </ItemButton>
        </li>
      );
    })}
  </Box>
);

/** Drawn again only when its item, the names of places or the language change. */
export const FindingItem = React.memo(function FindingItem({
  item,
  naming,
  template,
  lang,
  onGo,
  onAcknowledge,
}: Props) {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [showBasis, setShowBasis] = React.useState(false);
  const [acknowledging, setAcknowledging] = React.useState(false);
  const { finding, blanks } = item;
  const error = finding.severity === 'error';
  const place = placeName(finding.path, naming, template, lang);

  if (blanks) {
    return (
      <Box tag="li" paddingBottom={1}>
        <ItemButton type="button" onClick={() => onGo(blanks[0])}>
          <Flex tag="span" gap={2} alignItems="center">
            <RuleBadge rule={finding.rule} error={error} />
            <Typography variant="omega" fontWeight="bold">
              {formatMessage(
                {
                  id: getTranslation('panel.blanks'),
                  defaultMessage:
                    '{table}: {count, plural, one {# blank cell} other {# blank cells}}',
                },
                { table: place, count: blanks.length },
              )}
            </Typography>
          </Flex>
        </ItemButton>
        <Box paddingLeft={2}>
          <TextButton onClick={() => setOpen(!open)} aria-expanded={open}>
            {formatMessage(
              open
                ? { id: getTranslation('panel.blanks.hide'), defaultMessage: 'Hide the cells' }
                : { id: getTranslation('panel.blanks.show'), defaultMessage: 'Show the cells' },
            )}
          </TextButton>
        </Box>
        {open ? (
          <BlankCells
            cells={blanks}
            table={place}
            naming={naming}
            template={template}
            lang={lang}
            onGo={onGo}
          />
        ) : null}
      </Box>
    );
  }

  return (
    <Box tag="li" paddingBottom={1}>
      <ItemButton type="button" onClick={() => onGo(finding.path)}>
        <Flex tag="span" direction="column" alignItems="flex-start" gap={1}>
          <Flex tag="span" gap={2} alignItems="center">
            <RuleBadge rule={finding.rule} error={error} />
            <Typography variant="pi" fontWeight="bold">
              {place}
            </Typography>
          </Flex>
          <Typography variant="omega">{finding.message[lang]}</Typography>
          <Figures expected={finding.expected} actual={finding.actual} />
        </Flex>
      </ItemButton>
      <Flex gap={3} paddingLeft={2}>
        {finding.basis ? (
          <TextButton onClick={() => setShowBasis(!showBasis)} aria-expanded={showBasis}>
            {formatMessage({ id: getTranslation('panel.basis'), defaultMessage: 'Basis' })}
          </TextButton>
        ) : null}
        {!error && onAcknowledge && !acknowledging ? (
          <TextButton onClick={() => setAcknowledging(true)}>
            {formatMessage({
              id: getTranslation('panel.acknowledge'),
              defaultMessage: 'Verified…',
            })}
          </TextButton>
        ) : null}
      </Flex>
      {showBasis && finding.basis ? (
        <Box paddingLeft={2}>
          <Typography variant="pi" textColor="neutral600">
            {finding.basis[lang]}
          </Typography>
        </Box>
      ) : null}
      {acknowledging && onAcknowledge ? (
        <Box paddingLeft={2}>
          <AcknowledgeForm
            onSubmit={(note) => onAcknowledge(finding, note)}
            onCancel={() => setAcknowledging(false)}
          />
        </Box>
      ) : null}
    </Box>
  );
});

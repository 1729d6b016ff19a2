import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { VersionDiff } from '../../../shared/contracts/history';
import type { Template } from '../../../shared/contracts/template';
import { REPORT_FIELD_TEXTS } from '../../../shared/contracts/field-texts';
import { placeName, type PlaceLocale } from '../../../shared/checks/place-name';
import { getTranslation } from '../utils/getTranslation';

const shown = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : String(value);

/**
 * A difference between two versions in the editor's words: each field, each cell by its table,
 * row and column as the official form names them, each sentence removed or added by section.
 */
export const DiffList = ({
  diff,
  report,
  template,
}: {
  diff: VersionDiff;
  report: { sections?: unknown; tables?: unknown };
  template: Template | null;
}) => {
  const { formatMessage, locale } = useIntl();
  const lang: PlaceLocale = locale.startsWith('zh') ? 'zh-Hans' : 'en';
  const tables = (Array.isArray(report.tables) ? report.tables : []) as Array<{ key?: string }>;
  const sections = (Array.isArray(report.sections) ? report.sections : []) as Array<{
    key?: string;
    number?: string;
    heading?: string;
  }>;
  const cellName = (table: string, row: string, column: string) => {
    const index = tables.findIndex((t) => t.key === table);
    return template && index >= 0
      ? placeName(['tables', index, 'cells', row, column], report, template, lang)
      : `${table} · ${row} · ${column}`;
  };
  const sectionName = (key: string) => {
    if (key === 'preface') return REPORT_FIELD_TEXTS.preface?.label[lang] ?? key;
    const section = sections.find((s) => s.key === key);
    return section ? `${section.number ?? ''}${section.heading ?? ''}` : key;
  };
  const line = (text: string, key: string) => (
    <li key={key}>
      <Typography variant="pi">{text}</Typography>
    </li>
  );
  const changed = (before: unknown, after: unknown) =>
    formatMessage(
      { id: getTranslation('history.changed'), defaultMessage: '{before} → {after}' },
      { before: shown(before), after: shown(after) },
    );

  return (
    <Box tag="ul" paddingLeft={2}>
      {diff.fields.map((f) =>
        line(
          `${REPORT_FIELD_TEXTS[f.field]?.label[lang] ?? f.field}：${changed(f.before, f.after)}`,
          `f-${f.field}`,
        ),
      )}
      {diff.cells.map((c) =>
        line(
          `${cellName(c.table, c.row, c.column)}：${changed(c.before, c.after)}`,
          `c-${c.table}-${c.row}-${c.column}`,
        ),
      )}
      {diff.sentences.flatMap((s) => [
        ...s.removed.map((text, i) =>
          line(
            formatMessage(
              {
                id: getTranslation('history.removed'),
                defaultMessage: '{place}: removed “{text}”',
              },
              { place: sectionName(s.section), text },
            ),
            `r-${s.section}-${i}`,
          ),
        ),
        ...s.added.map((text, i) =>
          line(
            formatMessage(
              { id: getTranslation('history.added'), defaultMessage: '{place}: added “{text}”' },
              { place: sectionName(s.section), text },
            ),
            `a-${s.section}-${i}`,
          ),
        ),
      ])}
    </Box>
  );
};

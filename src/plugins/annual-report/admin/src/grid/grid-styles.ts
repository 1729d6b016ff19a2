import { styled } from 'styled-components';

/**
 * The grid looks like the printed form: 1px rules, merged cells, compact rows. Colours come from
 * the admin theme (light and dark), with the light theme's values when none is provided.
 */

const LIGHT: Record<string, string> = {
  neutral0: '#ffffff',
  neutral100: '#f6f6f9',
  neutral150: '#eaeaef',
  neutral500: '#8e8ea9',
  neutral600: '#666687',
  neutral800: '#32324d',
  primary100: '#f0f0ff',
  primary600: '#4945ff',
  danger100: '#fcecea',
  danger600: '#d02b20',
  warning100: '#fdf4dc',
  warning600: '#d9822f',
};

const color =
  (name: string) =>
  ({ theme }: { theme: unknown }) =>
    (theme as { colors?: Record<string, string> }).colors?.[name] ?? LIGHT[name];

export const Scroll = styled.div`
  max-width: 100%;
  overflow-x: auto;
`;

export const Table = styled.table`
  border-collapse: collapse;
  font-size: 1.3rem;
  line-height: 1.4;
  color: ${color('neutral800')};
  background: ${color('neutral0')};
  min-width: 100%;

  caption {
    caption-side: top;
    text-align: left;
    padding-bottom: 0.4rem;
    color: ${color('neutral600')};
  }

  th,
  td {
    border: 1px solid ${color('neutral800')};
    padding: 0.2rem 0.4rem;
  }

  thead th {
    font-weight: 600;
    text-align: center;
    vertical-align: middle;
    background: ${color('neutral100')};
  }

  tbody th {
    font-weight: 400;
    text-align: left;
    vertical-align: middle;
    min-width: 6rem;
  }

  /* Table 四 prints one unlabeled row. */
  tbody th:empty {
    min-width: 1.6rem;
  }

  /* A table of many columns (table 四 has fifteen) fits the edit view at 1440 px without
     scrolling: narrower cells, the headers wrapping. */
  &:has(tbody tr > td:nth-of-type(12)) td,
  &:has(tbody tr > td:nth-of-type(12)) input {
    min-width: 4.2rem;
  }

  &:has(tbody tr > td:nth-of-type(12)) input {
    padding: 0.4rem 0.3rem;
  }
`;

export const RowLabel = styled.th<{ $level: number; $group: boolean }>`
  padding-left: ${({ $level }) => 0.4 + $level * 1.2}rem !important;
  ${({ $group }) => ($group ? 'text-align: center !important; max-width: 12rem;' : '')}
`;

export const HeadingCell = styled.td`
  background: ${color('neutral100')};
`;

export const ValueCell = styled.td<{ $severity?: 'error' | 'warning' }>`
  position: relative;
  padding: 0 !important;
  min-width: 6.4rem;
  vertical-align: top;
  background: ${({ $severity, theme }) =>
    $severity ? color(`${$severity === 'error' ? 'danger' : 'warning'}100`)({ theme }) : 'none'};
  box-shadow: ${({ $severity, theme }) =>
    $severity
      ? `inset 0 0 0 2px ${color(`${$severity === 'error' ? 'danger' : 'warning'}600`)({ theme })}`
      : 'none'};

  &:focus-within {
    box-shadow: inset 0 0 0 2px ${color('primary600')};
  }
`;

export const CellInput = styled.input<{ $blank: boolean; $invalid: boolean }>`
  display: block;
  width: 100%;
  min-width: 6.4rem;
  box-sizing: border-box;
  border: none;
  margin: 0;
  padding: 0.4rem 0.6rem;
  font: inherit;
  font-variant-numeric: tabular-nums;
  text-align: right;
  color: ${({ $invalid, theme }) => ($invalid ? color('danger600')({ theme }) : 'inherit')};
  /* A blank is not a zero: it shows as a tinted, empty cell with a faint dash. */
  background: ${({ $blank, theme }) =>
    $blank
      ? `repeating-linear-gradient(135deg, transparent 0 6px, ${color('neutral150')({ theme })} 6px 7px)`
      : 'transparent'};
  outline: none;

  &::placeholder {
    color: ${color('neutral500')};
    opacity: 1;
  }

  &[readonly] {
    color: ${color('neutral600')};
  }
`;

export const CellNote = styled.span<{ $tone: 'danger' | 'neutral' }>`
  display: block;
  padding: 0 0.6rem 0.2rem;
  font-size: 1.1rem;
  text-align: right;
  /* A message wraps in its cell rather than widen the column under the editor's hands. */
  white-space: ${({ $tone }) => ($tone === 'danger' ? 'normal' : 'nowrap')};
  max-width: 12rem;
  margin-left: auto;
  color: ${({ $tone, theme }) => color($tone === 'danger' ? 'danger600' : 'neutral600')({ theme })};
`;

export const Hidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

export const RawJson = styled.pre`
  max-height: 32rem;
  overflow: auto;
  padding: 0.8rem;
  font-size: 1.2rem;
  background: ${color('neutral100')};
  border: 1px solid ${color('neutral150')};
  white-space: pre-wrap;
  word-break: break-all;
`;

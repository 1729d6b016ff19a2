import * as React from 'react';
import {
  Box,
  Button,
  Flex,
  Modal,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import type { Cells } from '../../../shared/contracts/report';
import type { GridLayout } from './grid-layout';
import { cellText } from './parse-cell';
import type { PastePlacement } from './paste-alignment';
import { doubtText, type Translate } from './paste-report';

interface Props {
  placement: PastePlacement;
  layout: GridLayout;
  cells: Cells;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the focus goes back when the dialog closes: the cell the editor pasted into. */
  returnFocus: () => void;
}

/**
 * A paste whose shape the block does not settle, shown before anything is written: why it is in
 * doubt, each value with the cell it would go to (and what that cell holds now), and the values
 * that would go nowhere. Only "paste as shown" writes; closing or cancelling writes nothing.
 */
export const PasteConfirm = ({
  placement,
  layout,
  cells,
  t,
  onConfirm,
  onCancel,
  returnFocus,
}: Props) => {
  const rowName = (row: string) => {
    const found = layout.table.rows.find((r) => r.key === row);
    return found ? found.number + found.label : row;
  };
  // With its groups: table 四 has three 结果维持.
  const columnName = (column: string) => {
    const found = layout.table.columns.find((c) => c.key === column);
    return found ? [...found.group, found.label].join('·') : column;
  };
  const blank = t('grid.paste.confirm.blank', '(blank)');
  const shown = (text: string) => (text.trim() === '' ? blank : text);

  return (
    <Modal.Root open onOpenChange={(open: boolean) => (open ? undefined : onCancel())}>
      <Modal.Content
        style={{ maxWidth: 'min(760px, 96vw)' }}
        onCloseAutoFocus={(event: Event) => {
          event.preventDefault();
          returnFocus();
        }}
      >
        <Modal.Header closeLabel={t('grid.paste.confirm.close', 'Close')}>
          <Modal.Title>
            {t('grid.paste.confirm.title', 'Where the pasted figures would go')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography>
              {t(
                'grid.paste.confirm.intro',
                'The copied block does not match this table exactly. Nothing is written until you confirm.',
              )}
            </Typography>
            <Box tag="ul" paddingLeft={4}>
              {placement.doubts.map((doubt) => (
                <li key={JSON.stringify(doubt)}>
                  <Typography variant="pi" textColor="warning700">
                    {doubtText(doubt, { t, rowName, columnName })}
                  </Typography>
                </li>
              ))}
            </Box>
            <Box style={{ maxHeight: '40vh', overflowY: 'auto' }}>
              <Table colCount={3} rowCount={placement.placed.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">
                        {t('grid.paste.confirm.cell', 'Cell')}
                      </Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">
                        {t('grid.paste.confirm.value', 'Pasted value')}
                      </Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">
                        {t('grid.paste.confirm.current', 'Now in the cell')}
                      </Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {placement.placed.map(({ row, column, text }) => (
                    <Tr key={`${row}.${column}`}>
                      <Td>
                        <Typography>{layout.cellName(row, column)}</Typography>
                      </Td>
                      <Td>
                        <Typography fontWeight="bold">{shown(text)}</Typography>
                      </Td>
                      <Td>
                        <Typography textColor="neutral600">
                          {shown(cellText(cells[row]?.[column]))}
                        </Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Box>
            {placement.unplaced.length > 0 ? (
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Typography variant="delta" tag="h3">
                  {t('grid.paste.confirm.unplaced', 'Not pasted')}
                </Typography>
                <Typography variant="pi">
                  {placement.unplaced
                    .map(({ text, from }) =>
                      t(
                        'grid.paste.confirm.unplacedCell',
                        'row {row}, column {column} of the copy “{text}”',
                        { row: from.row + 1, column: from.column + 1, text },
                      ),
                    )
                    .join(t('grid.list.separator', '; '))}
                </Typography>
              </Flex>
            ) : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onCancel}>
            {t('grid.paste.confirm.cancel', 'Cancel')}
          </Button>
          <Button onClick={onConfirm}>{t('grid.paste.confirm.action', 'Paste as shown')}</Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

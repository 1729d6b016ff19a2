import * as React from 'react';
import { Button, Modal } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';
import { StartFromLastYear } from './StartFromLastYear';

const CREATE = [{ action: 'plugin::content-manager.explorer.create', subject: REPORT_UID }];

/** "从上年报告开始" and its dialog, for those who may create reports. */
export const NextYearButton = () => {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC(CREATE);
  const [open, setOpen] = React.useState(false);
  if (!allowedActions.canCreate) return null;
  const title = formatMessage({
    id: getTranslation('nextYear.title'),
    defaultMessage: 'Start from last year’s report',
  });
  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Plus />}>
          {title}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        {open ? <StartFromLastYear onClose={() => setOpen(false)} /> : null}
      </Modal.Content>
    </Modal.Root>
  );
};

/** The button beside "创建新条目" in the report list (injection zone listView.actions). */
export const NextYearListButton = () => {
  const { slug } = useParams<{ slug?: string }>();
  return slug === REPORT_UID ? <NextYearButton /> : null;
};

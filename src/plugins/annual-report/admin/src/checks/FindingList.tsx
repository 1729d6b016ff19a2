import * as React from 'react';
import { Box } from '@strapi/design-system';
import type { Finding, FindingPath } from '../../../shared/contracts/checks';
import type { PlaceLocale } from '../../../shared/checks/place-name';
import type { Template } from '../../../shared/contracts/template';
import { FindingItem } from './FindingItem';
import type { PanelItem } from './panel-items';
import { STICKY_TOP } from './useStickyPanel';

interface Props {
  items: PanelItem[];
  /** What places are named from (`namingParts` of the checked report). */
  naming: unknown;
  template: Template;
  lang: PlaceLocale;
  onGo: (path: FindingPath) => void;
  /** Marks a warning 已核实; absent for a report not saved yet. */
  onAcknowledge?: (finding: Finding, note: string) => Promise<void>;
}

/** Scrolls inside itself so that the panel, statement included, fits the window it sticks in. */
const LIST_HEIGHT = `max(20rem, calc(100vh - ${STICKY_TOP} - 16rem))`;

export const FindingList = ({ items, naming, template, lang, onGo, onAcknowledge }: Props) => {
  // The edit benchmark measures from a keystroke in a grid (ar:edit) to the panel showing its findings.
  React.useLayoutEffect(() => {
    performance.mark('ar:panel');
  }, [items]);

  if (items.length === 0) return null;
  return (
    <Box tag="ol" width="100%" style={{ maxHeight: LIST_HEIGHT, overflowY: 'auto' }}>
      {items.map((item) => (
        <FindingItem
          key={item.key}
          item={item}
          naming={naming}
          template={template}
          lang={lang}
          onGo={onGo}
          onAcknowledge={onAcknowledge}
        />
      ))}
    </Box>
  );
};

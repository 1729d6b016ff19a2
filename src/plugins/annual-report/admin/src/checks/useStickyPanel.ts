import * as React from 'react';
import { useIsDesktop } from '@strapi/strapi/admin';

/** Below the edit view's header, which stays fixed at the top once the page scrolls. */
export const STICKY_TOP = '8rem';

/**
 * Keeps the checks panel in view while the long form scrolls. The Content Manager stacks the side
 * panels (each an `aside`) in a column only as tall as they are, so a sticky panel would have
 * nowhere to stick; the column is grown to the height of the form's row, and the panel sticks in
 * it. Undone when the panel goes; on narrow screens the panels sit in a drawer and are left alone.
 */
export function useStickyPanel(ref: React.RefObject<HTMLElement>) {
  const isDesktop = useIsDesktop();
  React.useLayoutEffect(() => {
    const aside = ref.current?.closest('aside');
    const column = aside?.parentElement;
    if (!isDesktop || !aside || !column) return undefined;
    const before = {
      grow: column.style.flexGrow,
      position: aside.style.position,
      top: aside.style.top,
    };
    column.style.flexGrow = '1';
    aside.style.position = 'sticky';
    aside.style.top = STICKY_TOP;
    return () => {
      column.style.flexGrow = before.grow;
      aside.style.position = before.position;
      aside.style.top = before.top;
    };
  }, [isDesktop, ref]);
}

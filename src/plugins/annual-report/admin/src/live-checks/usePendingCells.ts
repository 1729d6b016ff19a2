import * as React from 'react';
import { useForm } from '@strapi/strapi/admin';
import { pendingStoreOf, type PendingCells, type PendingStore } from './pending-cells';

/** The edit form's pending cells (pending-cells.ts), read again whenever a grid writes or settles. */
export function usePendingCells(): { store: PendingStore; pending: PendingCells } {
  const form = useForm('usePendingCells', (state) => state.getValues);
  const store = pendingStoreOf(form);
  const pending = React.useSyncExternalStore(store.subscribe, store.snapshot);
  return { store, pending };
}

import * as React from 'react';
import type { Acknowledgement } from '../../../shared/contracts/acknowledgements';
import { useRemote } from '../live-checks/useRemote';
import { acknowledgementsOf, fetchAcknowledgements } from './server-data';

const NONE: Acknowledgement[] = [];

/** The report's marks by fingerprint; none for a report not saved yet. */
export function useAcknowledgements(documentId: string | undefined): Map<string, Acknowledgement> {
  const remote = useRemote(acknowledgementsOf, documentId ?? null, () =>
    fetchAcknowledgements(documentId!),
  );
  const list = remote?.state === 'done' ? remote.value : NONE;
  return React.useMemo(() => new Map(list.map((mark) => [mark.fingerprint, mark])), [list]);
}

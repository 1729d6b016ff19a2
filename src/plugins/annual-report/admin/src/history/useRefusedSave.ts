import * as React from 'react';
import { useForm } from '@strapi/strapi/admin';
import type { VersionDiff } from '../../../shared/contracts/history';
import { diffVersions } from '../../../shared/history/diff';
import { formContent } from './form-content';

export interface RefusedSave {
  /** The editor's values the server refused, as they were on screen. */
  mine: Record<string, unknown>;
  /** From the version now loaded to the editor's values. */
  diff: VersionDiff;
}

const isEmpty = (diff: VersionDiff) =>
  diff.fields.length === 0 && diff.cells.length === 0 && diff.sentences.length === 0;

/**
 * A save refused because someone else saved first (409): the Content Manager then loads the
 * saved version and resets the form, and the editor's values would be gone. This keeps the last
 * values the editor had on screen; when the form comes back at a newer revision with content that
 * differs from them, they were not saved, and are offered back with the difference.
 */
export function useRefusedSave(): {
  refused: RefusedSave | null;
  restoreMine(): void;
  dismiss(): void;
} {
  const values = useForm('useRefusedSave', (state) => state.values) as Record<string, unknown>;
  const modified = useForm('useRefusedSave', (state) => state.modified) as boolean;
  const setValues = useForm('useRefusedSave', (state) => state.setValues) as (
    values: Record<string, unknown>,
  ) => void;
  const edited = React.useRef<{ revision: number; values: Record<string, unknown> } | null>(null);
  const [refused, setRefused] = React.useState<RefusedSave | null>(null);
  const revision = typeof values.revision === 'number' ? values.revision : 0;

  React.useEffect(() => {
    const last = edited.current;
    if (last && revision > last.revision) {
      edited.current = null;
      const diff = diffVersions(formContent(values), formContent(last.values));
      if (!isEmpty(diff)) setRefused({ mine: last.values, diff });
      return;
    }
    if (modified) edited.current = { revision, values };
  }, [values, modified, revision]);

  return {
    refused,
    // The editor's values over the saved version's revision: saving them is a deliberate choice.
    restoreMine: () => {
      if (!refused) return;
      setValues({ ...refused.mine, revision });
      setRefused(null);
    },
    dismiss: () => setRefused(null),
  };
}

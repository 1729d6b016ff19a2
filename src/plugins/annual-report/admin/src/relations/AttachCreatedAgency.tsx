import * as React from 'react';
import { useField } from '@strapi/strapi/admin';
import { useSelector } from 'react-redux';
import { useParams } from 'react-router-dom';
import { AGENCY_LEVELS } from '../../../shared/contracts/report';
import { connectValue, createdSince } from './created-relation';

import { AGENCY_UID } from '../../../shared/contracts/uids';

/** The request state keeps no arguments of a mutation: an agency is known by its fields. */
const isAgency = (fields: Record<string, unknown>) =>
  typeof fields.name === 'string' && (AGENCY_LEVELS as readonly unknown[]).includes(fields.level);

interface RelationValue {
  connect?: unknown[];
}

/**
 * In a report being created, an agency created from the agency picker is attached to the report,
 * as the picker does for a stored report (see created-relation.ts). Renders nothing. Memoised: the
 * checks panel it sits in redraws on every keystroke, and its own hooks say when it must look again.
 */
export const AttachCreatedAgency = React.memo(function AttachCreatedAgency() {
  const { id } = useParams<{ id?: string }>();
  const creating = !id || id === 'create';
  const field = useField<RelationValue | undefined>('agency');
  const mutations = useSelector(
    (state: { adminApi?: { mutations?: Record<string, never> } }) => state.adminApi?.mutations,
  );
  const opened = React.useRef(Date.now());
  const attached = React.useRef(new Set<string>());

  React.useEffect(() => {
    if (!creating) return;
    const [latest] = createdSince(mutations, isAgency, opened.current)
      .filter((document) => !attached.current.has(document.requestId))
      .slice(-1);
    if (!latest) return;
    attached.current.add(latest.requestId);
    field.onChange('agency', connectValue(latest, AGENCY_UID, 'name'));
  }, [creating, mutations, field]);

  return null;
});

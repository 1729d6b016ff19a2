/**
 * The documentId a relation input points to: undefined when the input leaves the relation as it
 * is, null when it clears it. Accepts the Document Service shorthands and connect/set forms, and
 * the Content Manager form's relation delta, whose connected items keep the documentId under
 * `apiData` until the form is sent (the admin reads the unsaved agency with it).
 */
export const relationTarget = (input: unknown): string | null | undefined => {
  if (input === undefined) return undefined;
  if (input === null) return null;
  if (typeof input === 'string') return input;
  if (typeof input !== 'object') return undefined;
  const value = input as Record<string, unknown>;
  if (typeof value.documentId === 'string') return value.documentId;
  const apiData = value.apiData as Record<string, unknown> | null | undefined;
  if (typeof apiData?.documentId === 'string') return apiData.documentId;
  for (const key of ['set', 'connect'] as const) {
    const list = value[key];
    if (Array.isArray(list) && list.length > 0) return relationTarget(list[list.length - 1]);
    if (key === 'set' && Array.isArray(list)) return null;
  }
  const disconnect = value.disconnect;
  return Array.isArray(disconnect) && disconnect.length > 0 ? null : undefined;
};

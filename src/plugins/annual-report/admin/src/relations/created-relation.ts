/**
 * The Content Manager's "create a relation" modal saves the new document, then attaches it to the
 * parent only when the parent is already stored (it updates the parent on the server). A report
 * being created has no documentId yet, so the agency an editor creates from its picker would be
 * lost. These read the admin's own request state (RTK Query, `adminApi`) for documents created
 * since the form opened, so the report form can attach the new agency itself.
 */

interface MutationEntry {
  status?: string;
  endpointName?: string;
  startedTimeStamp?: number;
  data?: {
    data?: { id?: number; documentId?: string; locale?: string | null } & Record<string, unknown>;
  };
}

export interface CreatedDocument {
  requestId: string;
  id: number;
  documentId: string;
  locale: string | null;
  fields: Record<string, unknown>;
}

/**
 * Documents created (fulfilled) after `since` that `isModel` recognises, oldest first. RTK Query
 * keeps no arguments of a mutation in its state, so the model is told from the created fields.
 */
export function createdSince(
  mutations: Record<string, MutationEntry | undefined> | undefined,
  isModel: (fields: Record<string, unknown>) => boolean,
  since: number,
): CreatedDocument[] {
  return Object.entries(mutations ?? {})
    .flatMap(([requestId, entry]) => {
      const created = entry?.data?.data;
      if (
        !entry ||
        entry.status !== 'fulfilled' ||
        entry.endpointName !== 'createDocument' ||
        (entry.startedTimeStamp ?? 0) < since ||
        typeof created?.documentId !== 'string' ||
        typeof created.id !== 'number' ||
        !isModel(created)
      )
        return [];
      return [
        {
          requestId,
          id: created.id,
          documentId: created.documentId,
          locale: created.locale ?? null,
          fields: created,
          started: entry.startedTimeStamp ?? 0,
        },
      ];
    })
    .sort((a, b) => a.started - b.started)
    .map(({ started: _started, ...document }) => document);
}

/** The value the Content Manager's relation input writes when an editor picks a document. */
export function connectValue(document: CreatedDocument, model: string, mainField: string) {
  const label = document.fields[mainField];
  return {
    connect: [
      {
        id: document.id,
        apiData: {
          id: document.id,
          documentId: document.documentId,
          locale: document.locale,
          isTemporary: true,
        },
        status: null,
        __temp_key__: 'a0',
        [mainField]: label,
        label: typeof label === 'string' && label !== '' ? label : document.documentId,
        href: `../collection-types/${model}/${document.documentId}`,
      },
    ],
    disconnect: [],
  };
}

import { getFetchClient } from '@strapi/strapi/admin';
import type {
  Acknowledge,
  Acknowledgement,
  ListAcknowledgements,
} from '../../../shared/contracts/acknowledgements';
import { remoteCache } from '../live-checks/remote-cache';

/** A report's 已核实 marks, by documentId: shared by the panel's items and its summary. */
export const acknowledgementsOf = remoteCache<Acknowledgement[]>();

const path = (documentId: string) => `/annual-report/reports/${documentId}/acknowledgements`;

export const fetchAcknowledgements = async (documentId: string): Promise<Acknowledgement[]> =>
  (await getFetchClient().get<ListAcknowledgements.Response>(path(documentId))).data.data;

/** Marks a warning of the form's values; the server checks it is one. */
export async function acknowledge(
  documentId: string,
  body: Acknowledge.Request['body'],
): Promise<void> {
  await getFetchClient().post<Acknowledge.Response>(path(documentId), body);
  acknowledgementsOf.put(documentId, await fetchAcknowledgements(documentId));
}

/** What Strapi's documentIds look like; anything else names no document (and never reaches SQL). */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isDocumentId = (value: unknown): value is string =>
  typeof value === 'string' && DOCUMENT_ID.test(value);

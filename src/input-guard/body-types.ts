/** The JSON media types the body parsers read (koa-body's for REST, koa-bodyparser's for GraphQL). */
export const JSON_TYPES = [
  'application/json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/csp-report',
  'application/reports+json',
  'application/scim+json',
];

/** Every body the parsers decode as text: JSON, text and URL-encoded forms (not multipart). */
export const DECODED_TYPES = [...JSON_TYPES, 'text/*', 'urlencoded'];

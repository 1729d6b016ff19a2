/** The JSON media types the body parsers read (koa-body's for REST, koa-bodyparser's for GraphQL). */
export const JSON_TYPES = [
  'application/json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/csp-report',
  'application/reports+json',
  'application/scim+json',
];

/** An error answer in Strapi's own shape, for the statuses its error classes do not cover. */
export const errorBody = (
  status: number,
  name: string,
  message: string,
  details: Record<string, unknown> = {},
) => ({ data: null, error: { status, name, message, details } });

/** A 503 the client should retry: Strapi's error shape with Retry-After. */
export const serviceUnavailable = (
  ctx: { status: number; body: unknown; set(name: string, value: string): void },
  retryAfterSeconds: number,
  message: string,
) => {
  ctx.status = 503;
  ctx.set('Retry-After', String(retryAfterSeconds));
  ctx.body = errorBody(503, 'ServiceUnavailableError', message);
};

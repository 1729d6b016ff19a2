/** An error answer in Strapi's own shape, for the statuses its error classes do not cover. */
export const errorBody = (
  status: number,
  name: string,
  message: string,
  details: Record<string, unknown> = {},
) => ({ data: null, error: { status, name, message, details } });

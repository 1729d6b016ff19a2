import { errors } from '@strapi/utils';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Strapi's own date error names no field; an editor needs to know which one. */
export const assertIssuedOn = (data: Record<string, unknown> | undefined) => {
  const value = data?.issuedOn;
  if (value === undefined || value === null || value instanceof Date) return;
  if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return;
  const message = `issuedOn: expected a date as YYYY-MM-DD, got ${JSON.stringify(value).slice(0, 40)}`;
  throw new errors.ValidationError(message, {
    errors: [{ path: ['issuedOn'], message, name: 'ValidationError' }],
  });
};

import { errors } from '@strapi/utils';

/** A 400 that names the one field at fault, as parseOr400 names each. */
export const fieldError = (field: string, message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });

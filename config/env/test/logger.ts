import { winston } from '@strapi/logger';

// Tests print only what may matter: warnings and errors.
export default {
  transports: [new winston.transports.Console({ level: 'warn', format: winston.format.simple() })],
};

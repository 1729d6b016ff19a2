import { authenticated, type Slice } from '../slice';
import controller from './controller';
import service from './service';

/** "从上年报告开始": next year's draft from a report. */
export default {
  services: { 'next-year': service },
  controllers: { 'next-year': controller },
  adminRoutes: [
    {
      method: 'GET',
      path: '/next-year/candidates',
      handler: 'next-year.candidates',
      config: authenticated,
    },
    {
      method: 'POST',
      path: '/reports/:documentId/next-year',
      handler: 'next-year.create',
      config: authenticated,
    },
  ],
} satisfies Slice;

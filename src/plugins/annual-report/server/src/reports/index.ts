import { authenticated, type Slice } from '../slice';
import controller from './controller';
import loader from './loader';

/** Reports read as the rule engine takes them, and the previous year the browser's checks need. */
export default {
  services: { 'report-loader': loader },
  controllers: { reports: controller },
  adminRoutes: [
    { method: 'GET', path: '/previous-report', handler: 'reports.previous', config: authenticated },
  ],
} satisfies Slice;

import templates from './templates';
import checks from './checks';
import reportLoader from './report-loader';
import cache from './cache';
import checksRefresh from './checks-refresh';

export default {
  templates,
  checks,
  'report-loader': reportLoader,
  cache,
  'checks-refresh': checksRefresh,
};

import templates from './templates';
import checks from './checks';
import reportLoader from './report-loader';
import cache from './cache';
import checksRefresh from './checks-refresh';
import reportDocument from './report-document';
import preview from './preview';
import pdf from './pdf';

export default {
  templates,
  checks,
  'report-loader': reportLoader,
  cache,
  'checks-refresh': checksRefresh,
  'report-document': reportDocument,
  preview,
  pdf,
};

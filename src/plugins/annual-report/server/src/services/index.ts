import templates from './templates';
import checks from './checks';
import reportLoader from './report-loader';
import cache from './cache';

export default { templates, checks, 'report-loader': reportLoader, cache };

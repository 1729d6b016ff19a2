import templates from './templates';
import checks from './checks';
import reportLoader from './report-loader';

export default { templates, checks, 'report-loader': reportLoader };

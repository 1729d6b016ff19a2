import templates from './templates';
import checks from './checks';
import reports from './reports';

export default { templates, checks, reports };

import templates from './templates';
import checks from './checks';

export default { templates, checks };

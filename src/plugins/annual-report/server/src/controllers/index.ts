import templates from './templates';
import checks from './checks';
import outputs from './outputs';
import preview from './preview';

export default { templates, checks, outputs, preview };

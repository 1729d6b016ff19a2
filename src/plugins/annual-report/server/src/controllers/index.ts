import templates from './templates';
import checks from './checks';
import outputs from './outputs';
import preview from './preview';
import nextYear from './next-year';

export default { templates, checks, outputs, preview, 'next-year': nextYear };

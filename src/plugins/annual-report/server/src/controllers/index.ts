import templates from './templates';
import checks from './checks';
import reports from './reports';
import outputs from './outputs';
import preview from './preview';
import nextYear from './next-year';

export default { templates, checks, reports, outputs, preview, 'next-year': nextYear };

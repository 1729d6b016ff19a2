export const PLUGIN_ID = 'annual-report';

/** The report content type the plugin acts on. */
export { REPORT_UID } from '../../shared/contracts/uids';

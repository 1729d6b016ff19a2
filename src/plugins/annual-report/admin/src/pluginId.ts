export const PLUGIN_ID = 'annual-report';

/** The report content type the plugin acts on (the plugin's default `contentType`). */
export const REPORT_UID = 'api::report.report';

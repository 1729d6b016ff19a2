/**
 * The app's content types the plugin acts on. The model lives in the app (Strapi 5 plugins cannot
 * ship components); its schema fixes these names, so they are constants, not configuration.
 */
export const REPORT_UID = 'api::report.report' as const;
export const AGENCY_UID = 'api::agency.agency' as const;

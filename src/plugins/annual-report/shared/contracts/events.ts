/**
 * Events the plugin emits on `strapi.eventHub`, for the app to keep copies of a report in step.
 * `checks.refreshed`: a published report's stored checks were recomputed (new rules).
 */
export const CHECKS_REFRESHED = 'annual-report::checks.refreshed';
export interface ChecksRefreshedEvent {
  documentId: string;
}

/** Every type and constant the plugin shares between its server, its admin and the app. */
export * from './acknowledgements';
export * from './checks';
export * from './checks-routes';
export * from './document';
export * from './draft-access';
export * from './events';
export * from './field-texts';
export * from './next-year-routes';
export * from './output-routes';
export * from './overrides';
export * from './relation-target';
export * from './report';
export * from './report-limits';
export * from './rules';
export * from './template';
export * from './templates';
export * from './uids';

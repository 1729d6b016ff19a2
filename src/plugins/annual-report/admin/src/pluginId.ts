export const PLUGIN_ID = 'annual-report';

import type { Core } from '@strapi/strapi';
import { publishedOnlyPlugin } from '../src/graphql/published-only';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'annual-report': {
    enabled: true,
    resolve: './src/plugins/annual-report',
    config: {
      contentType: 'api::report.report',
      agencyContentType: 'api::agency.agency',
      // Site templates go here, in the shape of the built-in ones (see the plugin's shared/templates).
      templates: [],
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // Off in production unless a site switches them on: the schema describes every field.
      landingPage: env.bool('GRAPHQL_PLAYGROUND', process.env.NODE_ENV !== 'production'),
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', process.env.NODE_ENV !== 'production'),
        plugins: [publishedOnlyPlugin],
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: ['image/*', 'application/pdf', 'text/plain', 'text/html', 'text/csv'],
        deniedTypes: [
          'image/svg+xml',
          'application/x-msdownload',
          'application/x-sh',
          'text/x-shellscript',
        ],
      },
    },
  },
});

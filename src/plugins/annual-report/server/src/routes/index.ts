import { slices } from '../slices';

export default {
  admin: {
    type: 'admin',
    routes: slices.flatMap((slice) => ('adminRoutes' in slice ? slice.adminRoutes : [])),
  },
  'content-api': {
    type: 'content-api',
    routes: slices.flatMap((slice) => ('contentApiRoutes' in slice ? slice.contentApiRoutes : [])),
  },
};

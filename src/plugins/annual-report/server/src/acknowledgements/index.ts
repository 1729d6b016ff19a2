import contentType from './content-type';
import controller from './controller';
import service from './service';
import { authenticated, type Slice } from '../slice';

/** 已核实: editors' marks on warnings (a slice: its table, service, controller and routes). */
export default {
  contentTypes: { acknowledgement: contentType },
  services: { acknowledgements: service },
  controllers: { acknowledgements: controller },
  adminRoutes: [
    {
      method: 'GET',
      path: '/reports/:documentId/acknowledgements',
      handler: 'acknowledgements.list',
      config: authenticated,
    },
    {
      method: 'POST',
      path: '/reports/:documentId/acknowledgements',
      handler: 'acknowledgements.create',
      config: authenticated,
    },
  ],
} satisfies Slice;

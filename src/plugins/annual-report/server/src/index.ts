import register from './register';
import config from './config';
import routes from './routes';
import controllers from './controllers';
import services from './services';

export default {
  register,
  config,
  routes,
  controllers,
  services,
  contentTypes: {},
  policies: {},
  middlewares: {},
};

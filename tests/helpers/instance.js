// One Strapi instance in a process of its own, for tests that need several (Strapi keeps a global
// `strapi`, so two cannot share a process). Driven over IPC by tests/helpers/instances.ts.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

require('./test-env')();

const appDir = path.resolve(__dirname, '..', '..');

const main = async () => {
  const strapi = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();
  const token = process.env.CREATE_TOKEN
    ? (
        await strapi
          .service('admin::api-token')
          .create({ name: `test-${Date.now()}`, type: 'full-access', lifespan: null })
      ).accessKey
    : undefined;

  process.on('message', async ({ id, cmd, args }) => {
    try {
      let result;
      if (cmd === 'unpublish') {
        result = await strapi.documents('api::report.report').unpublish({ documentId: args });
      } else if (cmd === 'fault') {
        // Arms a fault point (server/src/cache/fault-point.ts): the process dies when it is reached.
        process.env.ANNUAL_REPORT_FAULT = args;
        result = args;
      } else if (cmd === 'cache') {
        // Benchmarks measure the uncached path by switching the response cache off.
        strapi.config.set('plugin::annual-report.cache.enabled', args);
        result = args;
      } else if (cmd === 'memory') {
        // Benchmarks tell live memory from garbage not yet collected: RSS after a full collection.
        require('v8').setFlagsFromString('--expose-gc');
        require('vm').runInNewContext('gc')();
        result = process.memoryUsage();
        process.send({ id, result });
        return;
      } else if (cmd === 'stop') {
        await strapi.destroy();
        process.send({ id, result: 'stopped' }, () => process.exit(0));
        return;
      }
      process.send({ id, result: result ? 'ok' : null });
    } catch (error) {
      process.send({ id, error: String(error) });
    }
  });
  process.send({ ready: true, port, token });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

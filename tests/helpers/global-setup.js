const path = require('path');
const applyTestEnv = require('./test-env');

/** Compiles the app once per run: parallel compiles in each test file would overwrite each other. */
module.exports = async () => {
  applyTestEnv();
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..'), ignoreDiagnostics: false });
};

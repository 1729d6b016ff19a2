// CI has no .env: integration tests run on throw-away secrets and never load demo data by themselves.
const defaults = {
  NODE_ENV: 'test',
  APP_KEYS: 'test-key-1,test-key-2',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  PREVIEW_SECRET: 'test-preview-secret',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'none',
};

module.exports = function applyTestEnv() {
  for (const [key, value] of Object.entries(defaults)) {
    if (!process.env[key]) process.env[key] = value;
  }
};

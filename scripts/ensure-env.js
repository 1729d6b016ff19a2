// Development needs no hand-made .env: the first run writes one with fresh random secrets.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const file = path.join(__dirname, '..', '.env');
if (fs.existsSync(file)) process.exit(0);

const secret = () => crypto.randomBytes(24).toString('base64');
const lines = [
  '# Written on first run by scripts/ensure-env.js; keep it out of git.',
  'HOST=0.0.0.0',
  'PORT=1337',
  `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
  `API_TOKEN_SALT=${secret()}`,
  `ADMIN_JWT_SECRET=${secret()}`,
  `TRANSFER_TOKEN_SALT=${secret()}`,
  `JWT_SECRET=${secret()}`,
  `ENCRYPTION_KEY=${secret()}`,
  `PREVIEW_SECRET=${secret()}`,
  'STRAPI_TELEMETRY_DISABLED=true',
];
fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
console.log('Wrote .env with generated secrets.');

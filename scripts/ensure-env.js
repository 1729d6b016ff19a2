// Development needs no hand-made .env: the first run writes one with fresh random secrets, and a
// later run adds any setting a newer version needs (PREVIEW_SECRET) without touching the others.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const file = path.join(__dirname, '..', '.env');
const secret = () => crypto.randomBytes(24).toString('base64');
const settings = [
  ['HOST', '0.0.0.0'],
  ['PORT', '1337'],
  ['APP_KEYS', [secret(), secret(), secret(), secret()].join(',')],
  ['API_TOKEN_SALT', secret()],
  ['ADMIN_JWT_SECRET', secret()],
  ['TRANSFER_TOKEN_SALT', secret()],
  ['JWT_SECRET', secret()],
  ['ENCRYPTION_KEY', secret()],
  ['PREVIEW_SECRET', secret()],
  ['STRAPI_TELEMETRY_DISABLED', 'true'],
];

const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
const present = new Set(
  (existing ?? '')
    .split('\n')
    .map((line) => line.split('=')[0].trim())
    .filter(Boolean),
);
const missing = settings.filter(([name]) => !present.has(name) && process.env[name] === undefined);
if (missing.length === 0) process.exit(0);

const lines = missing.map(([name, value]) => `${name}=${value}`);
if (existing === null) {
  lines.unshift('# Written on first run by scripts/ensure-env.js; keep it out of git.');
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  console.log('Wrote .env with generated secrets.');
} else {
  fs.appendFileSync(file, `${existing.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`);
  console.log(`Added to .env: ${missing.map(([name]) => name).join(', ')}`);
}

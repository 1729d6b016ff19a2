import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { zhHans } from '../../../src/admin/translations/zh-Hans';
import { en } from '../../../src/admin/translations/en';
import { STRAPI_ZH_HANS } from '../../../src/admin/translations/strapi-zh-Hans';
import { STRAPI_UNLISTED } from '../../../src/admin/translations/strapi-unlisted';
import {
  CONTENT_TYPES,
  componentLabelId,
  contentTypeByDisplayName,
  contentTypeLabelId,
} from '../../../src/admin/translations/content-types';
import { AGENCY_LEVEL_LABELS } from '../../../src/plugins/annual-report/shared/contracts/report';
import { messageParts, strapiAdminCode, strapiMessages } from '../../helpers/admin-messages';

interface Schema {
  info: { displayName: string };
  attributes: Record<string, { type: string; enum?: string[] }>;
}
const readSchema = (path: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../src', path), 'utf8')) as Schema;

const CONTENT_TYPE_SCHEMAS = {
  'api::report.report': readSchema('api/report/content-types/report/schema.json'),
  'api::agency.agency': readSchema('api/agency/content-types/agency/schema.json'),
};
const COMPONENTS_DIR = join(__dirname, '../../../src/components/report');
const COMPONENT_SCHEMAS = Object.fromEntries(
  readdirSync(COMPONENTS_DIR).map((file) => [
    `report.${basename(file, '.json')}`,
    JSON.parse(readFileSync(join(COMPONENTS_DIR, file), 'utf8')) as Schema,
  ]),
);
const LOCALES = { 'zh-Hans': zhHans, en };

// Latin words a Chinese interface still prints: product and format names, keys on the keyboard.
const LATIN_ALLOWED = new Set([
  'Strapi',
  'URL',
  'JSON',
  'API',
  'ID',
  'Ctrl',
  'Cmd',
  'Command',
  'Shift',
  'Enter',
  'Esc',
]);

const strapiEn = strapiMessages('en');
const strapiZhHans = strapiMessages('zh-Hans');

describe.each(Object.entries(LOCALES))('%s labels', (_locale, messages) => {
  it.each(Object.entries(CONTENT_TYPE_SCHEMAS))(
    'names every attribute of %s and the content type itself',
    (uid, schema) => {
      const missing = Object.keys(schema.attributes).filter(
        (field) => !messages[contentTypeLabelId(uid, field)],
      );
      expect(missing).toEqual([]);
      expect(messages[schema.info.displayName]).toBeTruthy();
    },
  );

  it.each(Object.keys(COMPONENT_SCHEMAS))('names every attribute of the %s component', (uid) => {
    const missing = Object.keys(COMPONENT_SCHEMAS[uid].attributes).filter(
      (field) => !messages[componentLabelId(uid, field)],
    );
    expect(missing).toEqual([]);
  });

  it('names every agency level', () => {
    const levels = CONTENT_TYPE_SCHEMAS['api::agency.agency'].attributes.level.enum!;
    expect(levels.filter((level) => !messages[level])).toEqual([]);
  });
});

it('prints the agency levels in Chinese as the reports do, and in English otherwise', () => {
  for (const [level, label] of Object.entries(AGENCY_LEVEL_LABELS)) {
    expect(zhHans[level]).toBe(label);
    expect(en[level]).toMatch(/^[A-Z][A-Za-z ]+$/);
  }
});

it('finds the report and the agency from the display name the Content Manager passes to hooks', () => {
  for (const [uid, schema] of Object.entries(CONTENT_TYPE_SCHEMAS)) {
    expect(contentTypeByDisplayName(schema.info.displayName)?.uid).toBe(uid);
  }
  expect(CONTENT_TYPES).toHaveLength(Object.keys(CONTENT_TYPE_SCHEMAS).length);
});

it('has no Latin words in the Chinese texts but names, formats and keys', () => {
  const latin = Object.entries(zhHans).flatMap(([id, message]) =>
    (messageParts(message).text.match(/[A-Za-z]+/g) ?? [])
      .filter((word) => !LATIN_ALLOWED.has(word))
      .map((word) => `${id}: ${word}`),
  );
  expect(latin).toEqual([]);
});

it('gives every English id a Chinese text, and every Chinese-only id the English Strapi ships', () => {
  expect(Object.keys(en).filter((id) => !(id in zhHans))).toEqual([]);
  expect(Object.keys(zhHans).filter((id) => !(id in en) && !(id in strapiEn))).toEqual([]);
});

it('keeps the arguments and tags of the English message in the Chinese one', () => {
  const differing = Object.entries(zhHans).flatMap(([id, message]) => {
    const english = en[id] ?? strapiEn[id];
    const [zhNames, enNames] = [messageParts(message).names, messageParts(english).names];
    return zhNames.join() === enNames.join() ? [] : [`${id}: ${zhNames} ≠ ${enNames}`];
  });
  expect(differing).toEqual([]);
});

describe("Strapi's missing Chinese", () => {
  it('translates only ids Strapi ships in English and has no Chinese for', () => {
    const ids = Object.keys(STRAPI_ZH_HANS);
    expect(ids.filter((id) => !(id in strapiEn))).toEqual([]);
    expect(ids.filter((id) => id in strapiZhHans)).toEqual([]);
  });

  it('covers every Content Manager message, so its screens have no English left', () => {
    const contentManager = Object.keys(strapiEn).filter((id) => id.startsWith('content-manager.'));
    expect(contentManager.filter((id) => !(id in strapiZhHans) && !(id in zhHans))).toEqual([]);
  });

  it('lists as unlisted only ids Strapi uses without shipping them', () => {
    const code = strapiAdminCode();
    const ids = Object.keys(STRAPI_UNLISTED);
    expect(ids.filter((id) => id in strapiEn)).toEqual([]);
    // The Content Manager writes its own ids without the prefix (getTranslation adds it).
    const quoted = (id: string) => ["'", '`'].map((quote) => quote + id + quote);
    const unused = ids.filter(
      (id) =>
        !quoted(id).some((text) => code.includes(text)) &&
        !quoted(id.replace(/^content-manager\./, '')).some((text) => code.includes(text)),
    );
    expect(unused).toEqual([]);
  });
});

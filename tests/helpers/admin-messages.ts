import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const STRAPI = join(__dirname, '../../node_modules/@strapi');

/** The translation files the admin loads, with the prefix each one's ids get (StrapiApp.loadTrads). */
const SOURCES = [
  { dir: 'admin/dist/admin/admin/src/translations', prefix: '' },
  { dir: 'content-manager/dist/admin/translations', prefix: 'content-manager.' },
  { dir: 'upload/dist/admin/translations', prefix: 'upload.' },
];

const load = (locale: string): Record<string, string> =>
  Object.assign(
    {},
    ...SOURCES.map(({ dir, prefix }) => {
      // Built as CommonJS, some with `exports.default`, some with `module.exports`.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(join(STRAPI, dir, `${locale}.json.js`));
      const data = (module.__esModule ? module.default : module) as Record<string, string>;
      return Object.fromEntries(Object.entries(data).map(([id, text]) => [prefix + id, text]));
    }),
  );

/** Strapi's messages of a locale as the admin merges them (admin, content-manager, upload). */
export const strapiMessages = (locale: 'en' | 'zh-Hans') => load(locale);

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : entry.name.endsWith('.mjs') && !entry.name.includes('.json.')
        ? [join(dir, entry.name)]
        : [],
  );

/** The code of the admin screens that render the Content Manager, to find where an id is used. */
export const strapiAdminCode = () =>
  ['admin/dist/admin/admin/src', 'content-manager/dist/admin']
    .flatMap((dir) => walk(join(STRAPI, dir)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

const visit = (elements: MessageFormatElement[], seen: { text: string[]; names: Set<string> }) => {
  for (const element of elements) {
    if (element.type === TYPE.literal) seen.text.push(element.value);
    else if (element.type === TYPE.pound) continue;
    else {
      seen.names.add(element.value);
      if (element.type === TYPE.tag) visit(element.children, seen);
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) visit(option.value, seen);
    }
  }
  return seen;
};

/** A message's printed text and the names of its arguments and tags, as react-intl reads it. */
export const messageParts = (message: string) => {
  const { text, names } = visit(parse(message), { text: [], names: new Set() });
  return { text: text.join(''), names: [...names].sort() };
};

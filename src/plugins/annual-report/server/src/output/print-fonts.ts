import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { PrintFontsConfig } from '../config';
import type { FontRole, PrintFontFace } from './print-font-css';

/**
 * The font files the PDF is printed with, read once into memory: the site's own (config
 * `pdf.fonts`) for the roles it names, the bundled Noto Serif SC / Noto Sans SC for the others.
 * The bundled ones are copied from @fontsource by scripts/copy-print-fonts.js before each plugin
 * build, with their licence, into the plugin's print-fonts/ folder, listed in its faces.json.
 */

export interface LoadedFace extends Omit<PrintFontFace, 'url'> {
  /** The file's name on the print page: fonts/<index>.<extension>. */
  name: string;
  contentType: string;
  body: Buffer;
}

const FORMATS: Record<string, [PrintFontFace['format'], string]> = {
  '.woff2': ['woff2', 'font/woff2'],
  '.woff': ['woff', 'font/woff'],
  '.ttf': ['truetype', 'font/ttf'],
  '.otf': ['opentype', 'font/otf'],
};

interface FaceFile {
  role: FontRole;
  weight: number;
  style: 'normal' | 'italic';
  file: string;
  unicodeRange?: string;
}

/** The bundled print-fonts folder: next to dist/ when built, next to server/ in the sources. */
function bundledFolder(): string | null {
  for (let dir = __dirname, up = 0; up < 5; dir = path.dirname(dir), up += 1) {
    const folder = path.join(dir, 'print-fonts');
    if (existsSync(path.join(folder, 'faces.json'))) return folder;
  }
  return null;
}

function bundledFaces(): FaceFile[] {
  const folder = bundledFolder();
  if (!folder) return [];
  const listed = JSON.parse(readFileSync(path.join(folder, 'faces.json'), 'utf8')) as Array<
    Omit<FaceFile, 'style'>
  >;
  return listed.map((face) => ({ ...face, style: 'normal', file: path.join(folder, face.file) }));
}

/**
 * Every face the print uses. Throws naming the setting when a site's file is missing, so that a
 * wrong path stops the boot rather than printing with another font.
 */
export function loadPrintFonts(config: PrintFontsConfig, appRoot: string): LoadedFace[] {
  const roles: FontRole[] = ['body', 'heading', 'title'];
  const site = roles.flatMap((role) =>
    (config[role] ?? []).map((face, index) => {
      const file = path.resolve(appRoot, face.file);
      if (!existsSync(file))
        throw new Error(
          `annual-report config: pdf.fonts.${role}[${index}].file: no file at ${file}`,
        );
      return { ...face, role, file };
    }),
  );
  const bundled = bundledFaces().filter((face) => !config[face.role]);
  return [...site, ...bundled].map((face, index) => {
    const extension = path.extname(face.file).toLowerCase();
    const [format, contentType] = FORMATS[extension];
    return {
      role: face.role,
      weight: face.weight,
      style: face.style,
      unicodeRange: face.unicodeRange,
      format,
      contentType,
      name: `${index}${extension}`,
      body: readFileSync(face.file),
    };
  });
}

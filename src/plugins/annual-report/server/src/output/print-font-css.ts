import { BODY_FONTS, HEADING_FONTS, TITLE_FONTS } from '../../../shared/layout/report-css';

/**
 * The stylesheet that makes the PDF print with the fonts the server ships (or a site's own):
 * one @font-face per file under a family per role, and that family put first in the report's
 * stacks, so that no character falls through to a system font the server happens to have.
 */

export type FontRole = 'body' | 'heading' | 'title';

export interface PrintFontFace {
  role: FontRole;
  weight: number;
  style: 'normal' | 'italic';
  /** Where the print page loads it from. */
  url: string;
  format: 'woff2' | 'woff' | 'truetype' | 'opentype';
  unicodeRange?: string;
}

const FAMILY: Record<FontRole, string> = {
  body: 'AR Print Body',
  heading: 'AR Print Heading',
  title: 'AR Print Title',
};

const quoted = (family: string) => `'${family}'`;

export function printFontCss(faces: PrintFontFace[]): string {
  if (faces.length === 0) return '';
  const has = (role: FontRole) => faces.some((face) => face.role === role);
  const stack = (roles: FontRole[], rest: string) =>
    [...roles.filter(has).map((role) => quoted(FAMILY[role])), rest].join(', ');
  const body = stack(['body'], BODY_FONTS);
  const rules = faces.map((face) =>
    [
      '@font-face {',
      `  font-family: ${quoted(FAMILY[face.role])};`,
      `  font-style: ${face.style};`,
      `  font-weight: ${face.weight};`,
      // The print waits for its fonts: a face shown late would be printed as the fallback.
      '  font-display: block;',
      `  src: url('${face.url}') format('${face.format}');`,
      face.unicodeRange ? `  unicode-range: ${face.unicodeRange};` : '',
      '}',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    ...rules,
    `.ar-report { font-family: ${body}; }`,
    `.ar-report .ar-title { font-family: ${stack(['title', 'body'], TITLE_FONTS)}; }`,
    `.ar-report .ar-section-heading { font-family: ${stack(['heading'], HEADING_FONTS)}; }`,
    `@page { @bottom-center { font-family: ${body}; } }`,
    '',
  ].join('\n');
}

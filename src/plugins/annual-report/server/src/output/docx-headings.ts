import type { IStylesOptions } from 'docx';
import { FONT, SIZE } from './docx-style';

/**
 * Word's own heading styles, so that the navigation pane and a table of contents (引用 → 目录)
 * list the report: the title is 标题 (Title), section headings 标题 1, the prose's headings 标题 2
 * and 3. Each is Word's built-in style by its built-in name (Word shows it translated), with an
 * outline level, and looks as the report prints: black, the fonts the paragraphs' runs carry,
 * none of docx's blue defaults.
 */

type Defaults = NonNullable<IStylesOptions['default']>;

const look = (font: string, size: number, bold = false) => ({
  font: { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia: font },
  size: size * 2,
  color: '000000',
  bold,
});

export function headingStyles(): Pick<Defaults, 'title' | 'heading1' | 'heading2' | 'heading3'> {
  return {
    title: { name: 'Title', run: look(FONT.title, SIZE.title, true) },
    heading1: {
      name: 'heading 1',
      run: look(FONT.heading, SIZE.heading),
      paragraph: { outlineLevel: 0, keepNext: true },
    },
    heading2: {
      name: 'heading 2',
      run: look(FONT.subheading, SIZE.body),
      paragraph: { outlineLevel: 1, keepNext: true },
    },
    heading3: {
      name: 'heading 3',
      run: look(FONT.body, SIZE.body, true),
      paragraph: { outlineLevel: 2, keepNext: true },
    },
  };
}

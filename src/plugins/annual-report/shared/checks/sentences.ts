import { stripWhitespace } from './report-view';

/**
 * The sentences of some paragraphs, whitespace removed (PDF line breaks and spacing carry no meaning
 * in Chinese prose). A paragraph ends a sentence too: headings and list items often have no 。.
 */
const SENTENCE_END = /(?<=[。！？!?])/;

export function sentencesOf(paragraphs: string[]): string[] {
  const sentences: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of stripWhitespace(paragraph).split(SENTENCE_END)) {
      if (sentence !== '') sentences.push(sentence);
    }
  }
  return sentences;
}

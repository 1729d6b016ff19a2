import { isEqual, uniq } from 'lodash';
import type { VersionContent, VersionDiff } from '../contracts/history';
import type { Cells } from '../contracts/report';
import { blocksToParagraphs } from '../checks/blocks-text';

const FIELDS = ['title', 'year', 'format', 'issuedOn', 'agency'] as const;

/** Sentences of a text, each with its closing mark, blank ones dropped. */
export function sentencesOf(paragraphs: string[]): string[] {
  return paragraphs
    .flatMap((paragraph) => paragraph.match(/[^。！？；!?;\n]+[。！？；!?;]*/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Sentences removed and added, as multisets: a sentence moved within its section is no change. */
function sentenceChange(before: string[], after: string[]) {
  const count = (list: string[]) => {
    const counts = new Map<string, number>();
    for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
    return counts;
  };
  const minus = (a: string[], b: string[]) => {
    const left = count(b);
    return a.filter((s) => {
      const n = left.get(s) ?? 0;
      if (n > 0) left.set(s, n - 1);
      return n === 0;
    });
  };
  return { removed: minus(before, after), added: minus(after, before) };
}

function cellChanges(table: string, before: Cells = {}, after: Cells = {}): VersionDiff['cells'] {
  const changes: VersionDiff['cells'] = [];
  for (const row of uniq([...Object.keys(before), ...Object.keys(after)])) {
    const columns = uniq([...Object.keys(before[row] ?? {}), ...Object.keys(after[row] ?? {})]);
    for (const column of columns) {
      const was = before[row]?.[column] ?? null;
      const now = after[row]?.[column] ?? null;
      if (was !== now) changes.push({ table, row, column, before: was, after: now });
    }
  }
  return changes;
}

/**
 * What changed from one version of a report to another: plain fields, every cell by table, row
 * and column (blank and 0 differ), and the sentences of the preface and of each section (by key)
 * removed and added.
 */
export function diffVersions(before: VersionContent, after: VersionContent): VersionDiff {
  const fields = FIELDS.filter((field) => !isEqual(before[field], after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));

  const tableKeys = uniq([...before.tables.map((t) => t.key), ...after.tables.map((t) => t.key)]);
  const cells = tableKeys.flatMap((key) =>
    cellChanges(
      key,
      before.tables.find((t) => t.key === key)?.cells,
      after.tables.find((t) => t.key === key)?.cells,
    ),
  );

  const texts = (content: VersionContent) =>
    new Map<string, string[]>([
      ['preface', sentencesOf(blocksToParagraphs(content.preface))],
      ...content.sections.map(
        (section) =>
          [section.key, sentencesOf([section.heading, ...blocksToParagraphs(section.body)])] as [
            string,
            string[],
          ],
      ),
    ]);
  const was = texts(before);
  const now = texts(after);
  const sentences = uniq([...was.keys(), ...now.keys()])
    .map((section) => ({
      section,
      ...sentenceChange(was.get(section) ?? [], now.get(section) ?? []),
    }))
    .filter((change) => change.removed.length > 0 || change.added.length > 0);

  return { fields, cells, sentences };
}

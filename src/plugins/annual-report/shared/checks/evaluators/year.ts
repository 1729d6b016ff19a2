import type { Finding } from '../../contracts/checks';
import type { Check, CheckContext } from '../check';
import { parseStatedNumber } from '../numbers';
import { stripWhitespace } from '../report-view';
import type { YearRule } from '../../contracts/rules';
import { findingOf } from '../finding-of';
import { say } from '../messages';

/** Y1: the report year agrees in the title, the statistics period and the openers of the prose. */

const YEAR = '([0-9０-９]{4}|[〇零一二三四五六七八九]{4})';
const TITLE_YEAR = new RegExp(`${YEAR}年`, 'g');
// Matched from 1月1日 and then read backwards: a pattern opening on digits is tried everywhere.
const PERIOD = new RegExp(
  `1月1日(?<=${YEAR}年1月1日)起?(?:至|到|—|－|-|~|～)(?:${YEAR}年)?12月31日`,
  'g',
);
// "2024年，我市…" or "（一）主动公开情况。2024年，…": a paragraph that opens on the year it reports.
const OPENER = new RegExp(`^(?:[(（][一二三四五六七八九十]+[)）][^。]{0,30}。)?${YEAR}年度?[,，]`);
// The opener lies within a paragraph's first characters (heading ≤ 30, year, spaces): strip only those.
const OPENER_REACH = 80;

type Path = Finding['path'];

export function compileYear(rule: YearRule): Check {
  const finding = findingOf(rule);
  const { severity } = rule;
  const openers = new Set(rule.openers);

  const mismatch = (
    context: CheckContext,
    path: Path,
    where: 'title' | 'period' | 'paragraph',
    found: number,
    year: number,
    // A paragraph may open on an earlier year on purpose ("2019年，我区率先…"): only a warning.
    as: 'error' | 'warning' = severity,
  ) => {
    context.findings.push(
      finding({
        severity: as,
        path,
        message: say('yearMismatch', where, found, year),
        expected: year,
        actual: found,
      }),
    );
  };

  const checkPeriods = (context: CheckContext, text: string, path: Path, year: number) => {
    for (const match of text.matchAll(PERIOD)) {
      const found = [match[1], match[2]]
        .map((raw) => (raw === undefined ? null : parseStatedNumber(raw)))
        .find((candidate): candidate is number => candidate !== null && candidate !== year);
      if (found !== undefined) {
        mismatch(context, path, 'period', found, year);
      }
    }
  };

  const checkTitle = (context: CheckContext, year: number) => {
    const title =
      typeof context.view.raw.title === 'string' ? stripWhitespace(context.view.raw.title) : '';
    const years = [...title.matchAll(TITLE_YEAR)].map((match) => parseStatedNumber(match[1]));
    if (years.length === 0) {
      context.findings.push(
        finding({
          path: ['title'],
          message: say('titleWithoutYear', year),
          expected: year,
          actual: null,
        }),
      );
    }
    for (const found of years) {
      if (found !== null && found !== year) {
        mismatch(context, ['title'], 'title', found, year);
      }
    }
  };

  return (context) => {
    const { view } = context;
    const year = view.year;
    if (year === undefined) return;
    checkTitle(context, year);
    checkPeriods(context, view.prefaceText(), ['preface'], year);
    view.sections.forEach((section, index) => {
      if (typeof section.key !== 'string' || !openers.has(section.key)) return;
      const path = ['sections', index, 'body'];
      checkPeriods(context, view.sectionText(index), path, year);
      for (const paragraph of view.sectionParagraphs(index)) {
        const match = OPENER.exec(stripWhitespace(paragraph.slice(0, OPENER_REACH)));
        const found = match ? parseStatedNumber(match[1]) : null;
        if (found !== null && found !== year) {
          mismatch(context, path, 'paragraph', found, year, 'warning');
        }
      }
    });
  };
}

import { isEqual, sortBy } from 'lodash';
import type { ProseClaim } from '../../../src/plugins/annual-report/shared/checks/prose-reader';
import { sentenceReaders } from '../../helpers/prose-readers';
import { proseClaimLists } from '../../fixtures/prose-claims';
import type { ListedClaim } from '../../fixtures/prose-claims/types';

/**
 * The reading rate of N1 on the corpus: of the claims a reviewer reads in the prose (listed by hand
 * in tests/fixtures/prose-claims), how many the reader finds, concept and value alike.
 */

function matches(read: ProseClaim, listed: ListedClaim): boolean {
  return (
    isEqual(sortBy(read.concepts), sortBy(listed.concepts)) &&
    Math.abs(read.value - listed.value) < 1e-9 &&
    isEqual(read.shareOf && sortBy(read.shareOf), listed.shareOf && sortBy(listed.shareOf))
  );
}

const rows = proseClaimLists.map(({ report, format, sentences }) => {
  const read = sentenceReaders[format];
  let listed = 0;
  let found = 0;
  let unlisted = 0;
  const missed: string[] = [];
  for (const sentence of sentences) {
    const claims = read(sentence.text);
    listed += sentence.claims.length;
    for (const claim of sentence.claims) {
      if (claims.some((candidate) => matches(candidate, claim))) found += 1;
      else missed.push(`${claim.concepts.join('+')}=${claim.value}`);
    }
    unlisted += claims.filter((claim) => !sentence.claims.some((l) => matches(claim, l))).length;
  }
  return { report, format, listed, found, unlisted, missed };
});

describe('N1 reading rate on the corpus and the demo reports', () => {
  it('reads at least 90% of the figures a reviewer reads in the prose', () => {
    const listed = rows.reduce((sum, row) => sum + row.listed, 0);
    const found = rows.reduce((sum, row) => sum + row.found, 0);
    console.log(
      [
        'report | format | listed | read | rate | read but not listed | missed',
        ...rows.map(
          (row) =>
            `${row.report} | ${row.format} | ${row.listed} | ${row.found} | ${
              row.listed ? `${((100 * row.found) / row.listed).toFixed(0)}%` : '–'
            } | ${row.unlisted} | ${row.missed.join(', ')}`,
        ),
        `all | | ${listed} | ${found} | ${((100 * found) / listed).toFixed(1)}% | |`,
      ].join('\n'),
    );
    expect(found / listed).toBeGreaterThanOrEqual(0.9);
  });

  it('reads few figures a reviewer would not, in the listed sentences', () => {
    // 平潭县 2012 "在互联网上，…县政府公开办主动公开信息数为1795条" restates 网站公开; the reader takes
    // 主动公开信息数 at its word.
    expect(
      rows.filter((row) => row.unlisted > 0).map(({ report, unlisted }) => ({ report, unlisted })),
    ).toEqual([{ report: 'pingtan-county-gov-2012', unlisted: 1 }]);
  });
});

import { hasPublishedVersion } from '../../../src/plugins/annual-report/admin/src/outputs/published-version';
import { outputUrl } from '../../../src/plugins/annual-report/shared/contracts/output-routes';

/** The edit view links to the public outputs only when they exist: a published version. */
describe('published files', () => {
  it('shows for a published report, a draft modified since, or the published tab', () => {
    expect(hasPublishedVersion({ document: { status: 'published' } })).toBe(true);
    expect(hasPublishedVersion({ document: { status: 'modified' } })).toBe(true);
    expect(hasPublishedVersion({ document: { publishedAt: '2025-01-01T00:00:00.000Z' } })).toBe(
      true,
    );
    expect(
      hasPublishedVersion({
        document: { status: 'draft' },
        meta: { availableStatus: [{ publishedAt: '2025-01-01T00:00:00.000Z' }] },
      }),
    ).toBe(true);
  });

  it('hides for a draft never published and for a report not yet saved', () => {
    expect(hasPublishedVersion({ document: { status: 'draft', publishedAt: null } })).toBe(false);
    expect(
      hasPublishedVersion({ document: { status: 'draft' }, meta: { availableStatus: [] } }),
    ).toBe(false);
    expect(hasPublishedVersion({})).toBe(false);
  });

  it('links to the public routes on the server’s address', () => {
    expect(outputUrl('https://gov.example.cn/', 'abc', 'html')).toBe(
      'https://gov.example.cn/api/annual-report/reports/abc/html',
    );
    expect(outputUrl('http://127.0.0.1:1337', 'abc', 'csv')).toBe(
      'http://127.0.0.1:1337/api/annual-report/reports/abc/tables.csv',
    );
    expect(outputUrl('', 'a b', 'docx')).toBe('/api/annual-report/reports/a%20b/docx');
  });
});

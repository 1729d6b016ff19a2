import {
  signPreviewToken,
  verifyPreviewToken,
} from '../../../src/plugins/annual-report/server/src/preview/preview-token';

const SECRET = 'test-secret';
const NOW = Date.UTC(2026, 0, 10);
const grant = { documentId: 'abc123', status: 'draft' as const };

describe('preview token', () => {
  it('grants the document and status it was signed for until it expires', () => {
    const token = signPreviewToken(grant, SECRET, 600, NOW);
    expect(verifyPreviewToken(token, SECRET, NOW + 599_000)).toEqual(grant);
    expect(verifyPreviewToken(token, SECRET, NOW + 600_000)).toBeNull();
  });

  it('refuses another secret, a changed payload, a changed signature and junk', () => {
    const token = signPreviewToken(grant, SECRET, 600, NOW);
    const [payload, signature] = token.split('.');
    const other = Buffer.from(
      JSON.stringify({ d: 'someone-else', s: 'draft', e: NOW / 1000 + 600 }),
    ).toString('base64url');
    expect(verifyPreviewToken(token, 'another-secret', NOW)).toBeNull();
    expect(verifyPreviewToken(`${other}.${signature}`, SECRET, NOW)).toBeNull();
    expect(verifyPreviewToken(`${payload}.${signature.slice(0, -2)}AA`, SECRET, NOW)).toBeNull();
    for (const junk of [undefined, '', 'a', 'a.b', `${token}.x`, 42, 'x'.repeat(5000)]) {
      expect(verifyPreviewToken(junk, SECRET, NOW)).toBeNull();
    }
  });
});

import { decodedPath } from '../../../src/input-guard/decoded-path';

it('decodes each segment as the router does', () => {
  expect(decodedPath('/api/reports/%00')).toBe('/api/reports/\u0000');
  expect(decodedPath('/api/reports/%E6%8A%A5%E5%91%8A/checks')).toBe('/api/reports/报告/checks');
  expect(decodedPath('/a%2Fb/c')).toBe('/a/b/c');
});

it('keeps a segment that does not decode as it was sent', () => {
  expect(decodedPath('/api/reports/%E0%A4%A/%00')).toBe('/api/reports/%E0%A4%A/\u0000');
  expect(decodedPath('/api/reports/%ED%A0%80')).toBe('/api/reports/%ED%A0%80');
});

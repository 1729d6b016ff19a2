import { clientKey } from '../../../src/plugins/annual-report/server/src/output/client-key';

it('an IPv4 address is its own client, also as IPv6 writes it', () => {
  expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
  expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  expect(clientKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
});

it('IPv6 addresses of one /64 are one client, however written', () => {
  const key = clientKey('2001:db8:85a3:12::1');
  expect(key).toBe('2001:db8:85a3:12::/64');
  expect(clientKey('2001:0db8:85a3:0012:ffff:1:2:3')).toBe(key);
  expect(clientKey('2001:DB8:85A3:12:0:0:0:9')).toBe(key);
  expect(clientKey('2001:db8:85a3:13::1')).not.toBe(key);
  expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(clientKey('::1')).toBe('0:0:0:0::/64');
  expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
});

it('anything else is kept as it is', () => {
  expect(clientKey('')).toBe('');
  expect(clientKey('not an address')).toBe('not an address');
});

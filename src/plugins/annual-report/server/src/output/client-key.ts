import { isIPv6 } from 'net';

/** The eight groups of an IPv6 address, `::` expanded. */
const ipv6Groups = (address: string): string[] => {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) =>
    group.replace(/^0+(?=.)/, '').toLowerCase(),
  );
};

/**
 * Whom a request counts against, from Koa's `ctx.ip` (the socket's address, or the forwarded one
 * when the app trusts its proxy): an IPv4 address, or an IPv6 address's /64, the block one
 * subscriber gets, so that a client cannot take a fresh address per request.
 */
export const clientKey = (ip: string): string => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  const address = ip.split('%')[0];
  if (!isIPv6(address) || address.includes('.')) return ip;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
};

import { createHmac, timingSafeEqual } from 'crypto';

export interface PreviewGrant {
  documentId: string;
  status: 'draft' | 'published';
}

const encode = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const mac = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest();

/**
 * A preview link names one document and status and expires: `<payload>.<hmac>`, the payload being
 * base64url JSON `{ d, s, e }` (e in seconds since the epoch). Strapi's own preview URL endpoint does
 * not check rights to the content, so the page it opens checks this instead.
 */
export function signPreviewToken(
  grant: PreviewGrant,
  secret: string,
  ttlSeconds: number,
  now: number = Date.now(),
): string {
  const payload = encode(
    JSON.stringify({
      d: grant.documentId,
      s: grant.status,
      e: Math.floor(now / 1000) + ttlSeconds,
    }),
  );
  return `${payload}.${encode(mac(payload, secret))}`;
}

/** The grant of a well-signed, unexpired token; null for anything else. */
export function verifyPreviewToken(
  token: unknown,
  secret: string,
  now: number = Date.now(),
): PreviewGrant | null {
  if (typeof token !== 'string' || token.length > 1024) return null;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { d, s, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof d !== 'string' || (s !== 'draft' && s !== 'published')) return null;
    if (typeof e !== 'number' || e * 1000 <= now) return null;
    return { documentId: d, status: s };
  } catch {
    return null;
  }
}

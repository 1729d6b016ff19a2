/**
 * URLs taken from report content are drawn only when they are plainly web or mail addresses:
 * anything else (javascript:, data:, vbscript:, relative paths) could run script or leave the page in
 * ways a reader does not expect, so the text is shown without the link.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// https only: the page's policy (img-src 'self' data: https:) would block plain http anyway.
const IMAGE_PROTOCOLS = new Set(['https:']);
// One leading slash, never two (`//host` leaves the site), and nothing a browser would strip.
const ROOT_PATH = /^\/(?![/\\])[^\s\\]*$/;

function parsed(url: unknown): URL | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    // The URL parser strips the tabs and newlines that browsers strip (`java\tscript:`), so the
    // protocol checked is the one a browser would follow.
    return new URL(url.trim());
  } catch {
    return null;
  }
}

/** The href to print for a link, or null when the link must be shown as plain text. */
export function safeLinkHref(url: unknown): string | null {
  const link = parsed(url);
  return link && LINK_PROTOCOLS.has(link.protocol) ? link.href : null;
}

/**
 * The src to print for an image: absolute http(s) URLs, or a root-relative path such as the media
 * library's `/uploads/…` (served by the same site as the page).
 */
export function safeImageSrc(url: unknown): string | null {
  if (typeof url === 'string' && ROOT_PATH.test(url.trim())) return url.trim();
  const image = parsed(url);
  return image && IMAGE_PROTOCOLS.has(image.protocol) ? image.href : null;
}

import crypto from 'crypto';

export const etagOf = (body: string) =>
  `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;

/** Whether an If-None-Match header names this ETag (a list, weak forms and * included). */
export const matchesEtag = (header: string | undefined, etag: string) =>
  Boolean(header) &&
  (header!.trim() === '*' ||
    header!.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag));

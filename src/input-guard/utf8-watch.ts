import type { IncomingMessage } from 'http';
import { createBrotliDecompress, createUnzip } from 'zlib';
import type { Transform } from 'stream';

export type Utf8Verdict = 'valid' | 'invalid' | 'unchecked';

const verdicts = new WeakMap<IncomingMessage, Promise<Utf8Verdict>>();

const decompressor = (encoding: string): Transform | undefined => {
  if (encoding === 'gzip' || encoding === 'deflate') return createUnzip();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
};

/**
 * Watches a request body's bytes, as the body parser reads them, for UTF-8 that does not decode.
 * The parsers decode with replacement characters, so invalid bytes would be stored as U+FFFD. The
 * watch reads nothing itself (its listeners are prepended: they do not start the stream) and keeps
 * nothing but the decoder's state; a compressed body is inflated beside the parser's own inflation,
 * up to `maxBytes`, beyond which the parser refuses it anyway.
 */
export function watchUtf8(req: IncomingMessage, maxBytes: number): void {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const inflate = encoding === 'identity' ? undefined : decompressor(encoding);
  if (encoding !== 'identity' && !inflate) return; // the parser answers 415
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let verdict: Utf8Verdict | undefined;
  let settle: (value: Utf8Verdict) => void = () => undefined;
  verdicts.set(req, new Promise((resolve) => (settle = resolve)));
  const decide = (value: Utf8Verdict) => {
    if (verdict) return;
    verdict = value;
    settle(value);
    if (value !== 'valid') inflate?.destroy();
  };
  const check = (chunk: Buffer, stream: boolean) => {
    try {
      decoder.decode(chunk, { stream });
    } catch {
      decide('invalid');
    }
  };
  const feed = (chunk: Buffer) => {
    if (!verdict) check(chunk, true);
  };
  const finish = () => {
    if (!verdict) check(Buffer.alloc(0), false);
    decide('valid');
  };
  if (!inflate) {
    req.prependListener('data', feed);
    req.prependListener('end', finish);
    return;
  }
  let inflated = 0;
  inflate.on('data', (chunk: Buffer) => {
    inflated += chunk.length;
    if (inflated > maxBytes) decide('unchecked');
    else feed(chunk);
  });
  inflate.on('end', finish);
  inflate.on('error', () => decide('unchecked'));
  req.prependListener('data', (chunk: Buffer) => {
    if (!verdict) inflate.write(chunk);
  });
  req.prependListener('end', () => {
    if (!verdict) inflate.end();
  });
  req.once('close', () => {
    if (!req.readableEnded) decide('unchecked');
  });
}

/**
 * The verdict on a body the parser has read to its end; 'unchecked' for a body not watched or not
 * read (nothing of it was used).
 */
export async function utf8Verdict(req: IncomingMessage): Promise<Utf8Verdict> {
  const verdict = verdicts.get(req);
  return verdict && req.readableEnded ? verdict : 'unchecked';
}
